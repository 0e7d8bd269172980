using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;

namespace MotCua.Modules.Portal.Errors;

/// <summary>The page shown for 404/403/500 and other status codes on page requests.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(IStringLocalizer<SharedText> text) : PageModel
{
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Message = Describe(code);

    public void OnPost(int? code) => Message = Describe(code);

    private string Describe(int? code) => code switch
    {
        404 => text["Error_404"],
        403 => text["Error_403"],
        400 => text["Error_400"],
        _ => text["Error_500"],
    };
}
