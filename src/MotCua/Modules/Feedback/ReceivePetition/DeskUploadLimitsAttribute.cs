using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Feedback.ReceivePetition;

/// <summary>
/// The desk form's size limit, applied before anything reads the body (the antiforgery check reads the whole form), as
/// Dossiers' <c>UploadLimitsAttribute</c> does: room for <see cref="FeedbackAttachmentOptions.MaxCount"/> files of
/// <see cref="FeedbackAttachmentOptions.MaxBytes"/>. A request that says it is larger goes back to the page with a message
/// without being read; one that turns out larger while being read is cut off by the server.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class DeskUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart framing and the form's text fields (the content is at most a few pages).</summary>
    public const long FormAllowance = 256 * 1024;

    /// <summary>The <c>refused</c> query value of a request sent back as too large.</summary>
    public const string TooLarge = nameof(TooLarge);

    /// <summary>Before the framework's size limit (900) and antiforgery (1000) filters.</summary>
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var files = http.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value.Attachments;
        var limit = (files.MaxBytes * files.MaxCount) + FormAllowance;
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
