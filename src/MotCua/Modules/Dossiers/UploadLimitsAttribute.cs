using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using MotCua.Modules.Dossiers.Attachments;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// Applies <see cref="AttachmentOptions.MaxBytes"/> to an upload page's request before anything reads the body (the
/// antiforgery check reads the whole form). A request that says it is larger is sent back to the page with the
/// <see cref="AttachmentRefusal.TooLarge"/> message without reading it; one that turns out larger while being read is cut
/// off by the server. The store checks the file itself again while writing it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart framing and the form's other fields beside the file.</summary>
    public const long FormAllowance = 64 * 1024;

    /// <summary>The <c>refused</c> query value of a request sent back as too large, for the page to name the limit.</summary>
    public const string TooLarge = nameof(AttachmentRefusal.TooLarge);

    /// <summary>Before the framework's size limit (900) and antiforgery (1000) filters.</summary>
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = http.RequestServices.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes + FormAllowance;
        if (http.Request.ContentLength > limit)
        {
            context.Result = new RedirectResult($"{http.Request.PathBase}{http.Request.Path}?refused={TooLarge}");
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
