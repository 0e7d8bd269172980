using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// What an officer types in a dossier search box (the dossier list, the ledger): a full code, or any text (ADR-019); and
/// the range of submission days the list, the API and the integrity check filter by.
/// </summary>
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

        // The pattern is written into the statement, not bound: a prepared statement (ADR-042) would otherwise keep one
        // generic plan for every pattern, chosen after common words and slow for rare names (ADR-044).
        var pattern = SearchText.ContainsPattern(text);
        return (dossiers.Where(d => EF.Functions.Like(d.SearchText, EF.Constant(pattern), SearchText.LikeEscape)), true);
    }

    /// <summary>The dossiers submitted on local (UTC+7) days from <paramref name="from"/> to <paramref name="to"/>, both included; null leaves that end open.</summary>
    public static IQueryable<Dossier> SubmittedBetween(IQueryable<Dossier> dossiers, DateOnly? from, DateOnly? to)
    {
        if (from is { } f)
        {
            var start = VietnamTime.StartOfLocalDayUtc(f);
            dossiers = dossiers.Where(d => d.SubmittedAt >= start);
        }

        if (to is { } t)
        {
            var end = VietnamTime.StartOfLocalDayUtc(t.AddDays(1));
            dossiers = dossiers.Where(d => d.SubmittedAt < end);
        }

        return dossiers;
    }
}
