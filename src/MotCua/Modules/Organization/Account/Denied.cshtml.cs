using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;

namespace MotCua.Modules.Organization.Account;

[AllowAnonymous]
internal sealed class DeniedModel(IStringLocalizer<SharedText> text) : PageModel
{
    [FromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public ErrorText Error { get; private set; } = null!;

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Error = ErrorText.For(StatusCodes.Status403Forbidden, text, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null);
    }
}
