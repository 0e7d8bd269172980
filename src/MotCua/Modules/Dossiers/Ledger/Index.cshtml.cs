using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>
/// Sổ theo dõi hồ sơ of the staff member's agency (province-wide officers choose the agency) for a year: filter, page
/// through in book order, export the same selection as .xlsx or PDF.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(LedgerBook book, FormRegimes regimes) : PageModel
{
    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    [FromQuery(Name = "agency")]
    public string? AgencyId { get; set; }

    [FromQuery(Name = "procedure")]
    public string? Procedure { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The agency whose book is shown, when the query names one the user may see.</summary>
    public LedgerAgency? Agency { get; private set; }

    public LedgerCriteria? Criteria { get; private set; }

    public LedgerPage? Result { get; private set; }

    /// <summary>What is wrong with the query, in the user's language.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Why the selection cannot be exported (too many entries), or null.</summary>
    public string? ExportProblem { get; private set; }

    /// <summary>The agencies a province-wide officer may choose; empty for everyone else.</summary>
    public IReadOnlyList<LedgerAgencyOption> Agencies { get; private set; } = [];

    /// <summary>Mẫu số of the printed book (06 or 07).</summary>
    public int? FormNumber { get; private set; }

    /// <summary>The year the form shows: as typed, else the current year.</summary>
    public string YearShown => Year ?? book.Today.Year.ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (agency, criteria, problems) = await book.OpenAsync(Query, cancellationToken);
        Agency = agency;
        Criteria = criteria;
        Problems = problems.Select(p => p.Message).ToList();
        if (book.CanChooseAgency)
        {
            Agencies = await book.AgenciesAsync(cancellationToken);
        }

        if (agency is not null && criteria is not null)
        {
            Result = await book.PageAsync(agency, criteria, PageNumber, cancellationToken);
            FormNumber = FormRegimes.Number(FormKind.Ledger, LedgerDocuments.Regime(regimes, criteria, book.Today));
            if (Result.Total > LedgerBook.ExportLimit)
            {
                ExportProblem = LedgerBook.TooMany(Result.Total).Message;
            }
        }

        return Page();
    }

    /// <summary>The book page itself (<c>/dossiers/ledger</c>) or an export (<c>.xlsx</c>, <c>.pdf</c>) with this query.</summary>
    public string LinkTo(string extension = "", int page = 1) =>
        "/dossiers/ledger" + extension + QueryString.Create(
            Query.Parameters().Append(new("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture))).Where(p => p.Value is not null)).ToUriComponent();

    private LedgerQuery Query => new(Year, AgencyId, Procedure, Status, From, To, Q);
}
