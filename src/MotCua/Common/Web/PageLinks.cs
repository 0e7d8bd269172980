namespace MotCua.Common.Web;

/// <summary>
/// The pager under a list (_Pager.cshtml): the current page, the last page known, each page's address and the nav label.
/// When <see cref="MoreFollow"/> is set the list was not counted (a text search, ADR-048): <see cref="PageCount"/> is the
/// next page and more may follow it.
/// </summary>
internal sealed record PageLinks(int PageNumber, int PageCount, Func<int, string> Url, string Label, bool MoreFollow = false);
