using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.PublishProcedure;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.ManageProcedures;

/// <summary>One line of the officers' list: a procedure with its main version (the one in force, else the abolished or first draft).</summary>
internal sealed record ProcedureRow(string Code, string Name, ProcedureStatus Status, int Number, bool HasAmendment, string? Field, IReadOnlyList<string> Agencies);

/// <summary>Every procedure, drafts and abolished ones included, with the public search's normalisation, a status filter, sorting and paging.</summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProcedureStatus? Status { get; set; }

    /// <summary><c>code</c> (default), <c>name</c> or <c>status</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<ProcedureRow> Rows { get; private set; } = [];

    [TempData(Key = DetailsMessages.Key)]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Exactly one main version per procedure: the latest published (ADR-031: the one it amends may still be in force) or
        // the abolished one, or the first version while it is still a draft.
        var versions = db.ProcedureVersions.AsNoTracking().Where(v =>
            (v.Status == VersionStatus.Published && !v.Procedure!.Versions.Any(o => o.Status == VersionStatus.Published && o.Number > v.Number))
            || v.Status == VersionStatus.Abolished || (v.Status == VersionStatus.Draft && v.Number == 1));
        var normalised = ModelState.IsValid ? SearchText.Normalize(Q) : "";
        if (normalised.Length > 0)
        {
            // SearchText already holds the code, normalised like the query; a comparison with the raw query would be case-sensitive on both providers.
            versions = versions.Where(v => v.SearchText.Contains(normalised));
        }

        if (Status is { } status && Enum.IsDefined(status))
        {
            versions = versions.Where(v => v.Procedure!.Status == status);
        }

        versions = Sort switch
        {
            "name" => versions.OrderBy(v => v.SearchName).ThenBy(v => v.Procedure!.Code),
            "status" => versions.OrderBy(v => v.Procedure!.Status).ThenBy(v => v.Procedure!.Code),
            _ => versions.OrderBy(v => v.Procedure!.Code),
        };
        Total = await versions.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await versions
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(v => new
            {
                v.Procedure!.Code,
                v.Name,
                v.Procedure.Status,
                v.Number,
                HasAmendment = v.Procedure.Versions.Any(o => o.Status == VersionStatus.Draft && o.Number > 1),
                Field = v.Field!.Name,
                Agencies = v.Agencies.Where(a => a.Role != AgencyRole.Coordinating).Select(a => a.Agency!.ShortName ?? a.Agency.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        Rows = rows.Select(r => new ProcedureRow(r.Code, r.Name, r.Status, r.Number, r.HasAmendment, r.Field, r.Agencies)).ToList();
    }

    /// <summary>The list's address with one parameter changed, keeping the others.</summary>
    public string Link(int? page = null, string? sort = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["status"] = Status?.ToString(),
            ["sort"] = sort ?? Sort,
            ["p"] = (page ?? PageNumber) == 1 ? null : (page ?? PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/catalog", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
