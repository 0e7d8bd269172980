using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// What an officer types in a dossier search box (the dossier list, the ledger): a full code, or any text (ADR-019); and
/// the range of submission days the list, the API and the integrity check filter by.
/// </summary>
/// <remarks>
/// A search within the text is written into the statement with its values, not bound as parameters: PostgreSQL prepares a
/// statement after a few uses (ADR-042) and then keeps one generic plan, which guesses a narrow range of days for any
/// parameter and adds a scan of the agency's whole range in a b-tree index to the search index's few matches (ADR-044).
/// The callers write the agency and the range that go with such a search with their values too (<see cref="WithinText"/>).
/// </remarks>
internal static class DossierSearch
{
    /// <summary>True when <see cref="Matching"/> searches <paramref name="text"/> within the search text, not as a full code.</summary>
    public static bool WithinText(string text) => !DossierCode.TryParse(text, out _);

    /// <summary>
    /// The dossiers matching <paramref name="text"/>: a full, valid code by the unique code index; anything else within the
    /// search text (code, procedure, applicant), without case or diacritics (<see cref="WithinText"/> tells which).
    /// </summary>
    public static IQueryable<Dossier> Matching(IQueryable<Dossier> dossiers, string text)
    {
        if (DossierCode.TryParse(text, out var code))
        {
            var exact = code.Value.ToString();
            return dossiers.Where(d => d.Code == exact);
        }

        // The pattern is a value of the statement (see remarks): a generic plan, chosen after common words, is slow for rare names.
        var pattern = SearchText.ContainsPattern(text);
        return dossiers.Where(d => EF.Functions.Like(d.SearchText, EF.Constant(pattern), SearchText.LikeEscape));
    }

    /// <summary>
    /// The dossiers submitted on local (UTC+7) days from <paramref name="from"/> to <paramref name="to"/>, both included; null
    /// leaves that end open. <paramref name="withValues"/> writes the bounds into the statement, for a search within the text.
    /// </summary>
    public static IQueryable<Dossier> SubmittedBetween(IQueryable<Dossier> dossiers, DateOnly? from, DateOnly? to, bool withValues = false)
    {
        if (from is { } f)
        {
            var start = VietnamTime.StartOfLocalDayUtc(f);
            dossiers = dossiers.Where(withValues ? d => d.SubmittedAt >= EF.Constant(start) : (Expression<Func<Dossier, bool>>)(d => d.SubmittedAt >= start));
        }

        if (to is { } t)
        {
            var end = VietnamTime.StartOfLocalDayUtc(t.AddDays(1));
            dossiers = dossiers.Where(withValues ? d => d.SubmittedAt < EF.Constant(end) : (Expression<Func<Dossier, bool>>)(d => d.SubmittedAt < end));
        }

        return dossiers;
    }
}
