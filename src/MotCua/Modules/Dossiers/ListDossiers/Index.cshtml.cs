using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.ListDossiers;

/// <summary>The dossiers of the staff member's agency: filter by status, receipt date and code or name, sorted, paged.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(AppDbContext db, IAgencyScope scope) : PageModel
{
    public const int PageSize = 25;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<DossierRow> Rows { get; private set; } = [];

    public string? FilterError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is null && !scope.IsProvinceWide)
        {
            return Forbid();
        }

        var text = Q?.Trim();
        var searching = !string.IsNullOrEmpty(text) && text.Length <= 200;
        // A search within the text is written with its values, the agency and days with it (DossierSearch's remarks).
        var withinText = searching && DossierSearch.WithinText(text!);
        var dossiers = db.Dossiers.AsNoTracking();
        if (scope.AgencyId is { } agencyId && !scope.IsProvinceWide)
        {
            // The agency's dossiers: received at its desk, or settled by it as the competent agency (figures link here, ADR-049).
            dossiers = dossiers.Where(withinText
                ? d => d.AgencyId == EF.Constant(agencyId) || d.CompetentAgencyId == EF.Constant(agencyId)
                : (Expression<Func<Dossier, bool>>)(d => d.AgencyId == agencyId || d.CompetentAgencyId == agencyId));
        }

        if (TypedValues.TryNamed<DossierStatus>(Status, out var status))
        {
            dossiers = dossiers.Where(d => d.Status == status);
        }

        var from = TypedValues.IsoDate(From);
        var to = TypedValues.IsoDate(To);
        if ((From is not null && from is null) || (To is not null && to is null) || (from > to))
        {
            FilterError = ResourceText.Get<DossiersText>("List_DateRangeInvalid");
        }
        else
        {
            // The receipt day is a local (UTC+7) day; submission time stands in for dossiers not accepted yet.
            dossiers = DossierSearch.SubmittedBetween(dossiers, from, to, withinText);
        }

        if (searching)
        {
            dossiers = DossierSearch.Matching(dossiers, text!);
        }

        // The page's keys first, then its rows: the current step is looked up for the page's rows only, not for every row
        // an offset skips. A text search reads the search index once: the keys of every match in order give the total too.
        List<Guid> keys;
        if (withinText)
        {
            var matches = await Sorted(dossiers).Select(d => d.Id).ToListAsync(cancellationToken);
            Total = matches.Count;
            PageNumber = Math.Clamp(PageNumber, 1, PageCount);
            keys = [.. matches.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        }
        else
        {
            Total = await dossiers.CountAsync(cancellationToken);
            PageNumber = Math.Clamp(PageNumber, 1, PageCount);
            keys = await Sorted(dossiers).Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(d => d.Id).ToListAsync(cancellationToken);
        }

        Rows = await Sorted(db.Dossiers.AsNoTracking().Where(d => keys.Contains(d.Id)))
            .Select(d => new DossierRow(
                d.Id, d.Code, d.ProcedureName, d.Status, d.SubmittedAt, d.DueAt,
                db.DossierTasks.Where(t => t.DossierId == d.Id && t.IsOpen && t.Kind == DossierTaskKind.Step).OrderByDescending(t => t.Sequence).Select(t => t.Name + " · " + t.HolderName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// The chosen order (newest first unless sorted by due date or code), ending with the key so that pages neither repeat
    /// nor skip dossiers that tie (PostgreSQL orders a tie within the index's order, an incremental sort).
    /// </summary>
    private IQueryable<Dossier> Sorted(IQueryable<Dossier> dossiers) => Sort switch
    {
        // Dossiers not accepted yet have no due date and come last. PostgreSQL sorts NULL last by itself and so reads the
        // index (agency, due) in order; SQLite sorts it first, so it is told.
        "due" when db.Database.IsNpgsql() => dossiers.OrderBy(d => d.DueAt).ThenByDescending(d => d.SubmittedAt).ThenBy(d => d.Id),
        "due" => dossiers.OrderBy(d => d.DueAt == null).ThenBy(d => d.DueAt).ThenByDescending(d => d.SubmittedAt).ThenBy(d => d.Id),
        "code" => dossiers.OrderBy(d => d.Code == null).ThenBy(d => d.Code).ThenBy(d => d.Id),
        _ => dossiers.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id),
    };

    public string PageUrl(int page, string? sort = null) =>
        "/dossiers" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Q, ["status"] = Status, ["from"] = From, ["to"] = To, ["sort"] = sort ?? Sort,
            ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToUriComponent();
}

/// <summary>One line of the dossier list.</summary>
/// <param name="CurrentStep">The latest open step and who holds it ("where is it now"); null when no step is open.</param>
internal sealed record DossierRow(Guid Id, string? Code, string ProcedureName, DossierStatus Status, DateTime SubmittedAt, DateTime? DueAt, string? CurrentStep);
