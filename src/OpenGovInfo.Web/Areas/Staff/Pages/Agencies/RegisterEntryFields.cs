using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>
/// What the shared register fields partial (_RegisterEntryFields) needs: the register, the values and the page's
/// field errors. 逐条登记 and 更正 show the same fields, so they are written once.
/// </summary>
public sealed record RegisterEntryFields(RegisterKind Kind, RegisterEntryForm Form, Func<string, string?> ErrorOf);
