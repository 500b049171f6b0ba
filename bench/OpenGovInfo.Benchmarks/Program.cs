using BenchmarkDotNet.Running;

// Each suite lives in its own file; pick with --filter (e.g. --filter '*Check*').
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
