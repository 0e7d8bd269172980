using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.Book;

/// <summary>
/// Sổ theo dõi phản ánh, kiến nghị of the staff member's agency (province-wide officers choose the agency): filter by period,
/// status and category, page through in book order, export the same selection as .xlsx, PDF or .docx.
/// </summary>
[Authorize(Policy = Policies.ReadFeedback)]
internal sealed class IndexModel(FeedbackBook book) : PageModel
{
    [FromQuery(Name = "agency")]
    public string? AgencyId { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public FeedbackBookAgency? Agency { get; private set; }

    public FeedbackBookCriteria? Criteria { get; private set; }

    public FeedbackBookPage? Result { get; private set; }

    /// <summary>What is wrong with the query, in the user's language.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Why the selection cannot be exported (too many entries), or null.</summary>
    public string? ExportProblem { get; private set; }

    /// <summary>The agencies a province-wide officer may choose; empty for everyone else.</summary>
    public IReadOnlyList<FeedbackBookAgencyOption> Agencies { get; private set; } = [];

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
            if (Result.Total > FeedbackBook.ExportLimit)
            {
                ExportProblem = FeedbackBook.TooMany(Result.Total).Message;
            }
        }

        return Page();
    }

    /// <summary>The book page itself or an export (<c>.xlsx</c>, <c>.pdf</c>, <c>.docx</c>) with this query.</summary>
    public string LinkTo(string extension = "", int page = 1) =>
        "/feedback/book" + extension + QueryString.Create(
            Query.Parameters().Append(new("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture))).Where(p => p.Value is not null)).ToUriComponent();

    private FeedbackBookQuery Query => new(AgencyId, From, To, Status, Category);
}
