using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Feedback;

/// <summary>
/// Applies <see cref="FeedbackAttachmentOptions"/> (as many files as allowed, each up to its size) to a sending page's
/// request (the portal's and the desk's) before anything reads the body, as the dossiers' upload pages do: a request that says it is larger is sent back
/// to the page with <c>?refused=TooLarge</c> without being read; one that turns out larger while being read is cut off.
/// Intake checks each file again while storing it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class PetitionUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart framing and the form's text fields (the content alone may be 100,000 characters).</summary>
    public const long FormAllowance = 512 * 1024;

    public const string TooLarge = nameof(TooLarge);

    /// <summary>Before the framework's size limit (900) and antiforgery (1000) filters.</summary>
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && !TryApply(http))
        {
            context.Result = new RedirectResult($"{http.Request.PathBase}{http.Request.Path}?refused={TooLarge}");
        }
    }

    /// <summary>
    /// Sets the request's body and form limits from <see cref="FeedbackAttachmentOptions"/> before anything reads the body
    /// (the sending pages and the API's multipart submission); false, reading nothing, when the request says it is larger.
    /// </summary>
    public static bool TryApply(HttpContext http)
    {
        var files = http.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value.Attachments;
        var limit = (files.MaxBytes * files.MaxCount) + FormAllowance;
        if (http.Request.ContentLength > limit)
        {
            return false;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }

        return true;
    }
}
