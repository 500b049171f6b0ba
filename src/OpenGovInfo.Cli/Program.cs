using OpenGovInfo.Cli;

return OgiApp.Run(args);
