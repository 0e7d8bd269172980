using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MotCua.Common.Web;

/// <summary>
/// The framework's validation summary marks its empty placeholder item with <c>style="display:none"</c>, an inline style
/// the Content-Security-Policy (<c>style-src 'self'</c>) refuses; this gives the item the <c>hidden</c> attribute instead.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ValidationSummaryPlaceholder : TagHelper
{
    private const string Styled = "<li style=\"display:none\"></li>";

    /// <summary>After the framework's <c>ValidationSummaryTagHelper</c> has written the summary.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var summary = output.PostContent.GetContent();
        if (summary.Contains(Styled, StringComparison.Ordinal))
        {
            output.PostContent.SetHtmlContent(summary.Replace(Styled, "<li hidden></li>", StringComparison.Ordinal));
        }
    }
}
