using Microsoft.AspNetCore.Mvc.ModelBinding;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary>Maps use-case errors onto form fields: the one place the web edge translates results.</summary>
public static class ModelStateErrors
{
    /// <summary>Adds each error to its field under <paramref name="prefix"/>, or to the form when it has none.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<Error> errors, string prefix)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field is null ? string.Empty : $"{prefix}.{error.Field}", error.Message);
        }
    }
}
