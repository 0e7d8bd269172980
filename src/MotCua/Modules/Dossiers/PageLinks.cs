namespace MotCua.Modules.Dossiers;

/// <summary>The pager under a dossier list (_Pager.cshtml): the current page, the page count, each page's address and the nav label.</summary>
internal sealed record PageLinks(int PageNumber, int PageCount, Func<int, string> Url, string Label);
