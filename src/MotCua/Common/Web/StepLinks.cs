namespace MotCua.Common.Web;

/// <summary>
/// The pager of a list read by key (_StepPager.cshtml, ADR-048): the page's number, the addresses of the pages before and
/// after it when there are such pages, and the nav label.
/// </summary>
internal sealed record StepLinks(int PageNumber, string? PreviousUrl, string? NextUrl, string Label);
