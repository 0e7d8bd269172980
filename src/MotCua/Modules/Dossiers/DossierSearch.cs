using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers;

/// <summary>What an officer types in a dossier search box (the dossier list, the ledger): a full code, or any text (ADR-019).</summary>
internal static class DossierSearch
{
    /// <summary>
    /// The dossiers matching <paramref name="text"/>: a full, valid code by the unique code index; anything else within the
    /// search text (code, procedure, applicant), without case or diacritics. <c>ByText</c> tells which.
    /// </summary>
    public static (IQueryable<Dossier> Matches, bool ByText) Matching(IQueryable<Dossier> dossiers, string text)
    {
        if (DossierCode.TryParse(text, out var code))
        {
            var exact = code.Value.ToString();
            return (dossiers.Where(d => d.Code == exact), false);
        }

        var pattern = SearchText.ContainsPattern(text);
        return (dossiers.Where(d => EF.Functions.Like(d.SearchText, pattern, SearchText.LikeEscape)), true);
    }
}
