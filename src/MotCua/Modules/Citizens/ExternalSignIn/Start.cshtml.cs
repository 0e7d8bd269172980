using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.ExternalSignIn;

/// <summary>Sends the browser to the identity provider; a link, not a form, so the page's form-action policy allows leaving the site.</summary>
[AllowAnonymous]
internal sealed class StartModel(SignInManager<AppUser> signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string scheme, string? returnUrl)
    {
        var schemes = await signIn.GetExternalAuthenticationSchemesAsync();
        if (schemes.All(s => s.Name != scheme))
        {
            return NotFound();
        }

        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, $"/tai-khoan/dang-nhap-ngoai/ket-qua?returnUrl={Uri.EscapeDataString(back)}");
        return Challenge(properties, scheme);
    }
}
