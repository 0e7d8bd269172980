using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;

namespace MotCua.Modules.Feedback.PublishedAnswers;

/// <summary>The public search of answered PAKN (NĐ 20/2008 Điều 19; ADR-046 §5): only published answers, never personal data.</summary>
[AllowAnonymous]
internal sealed class IndexModel(PublishedAnswerReader answers) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "loai")]
    public string? Category { get; set; }

    [FromQuery(Name = "ma")]
    public string? Procedure { get; set; }

    [FromQuery(Name = "co-quan")]
    public string? Agency { get; set; }

    [FromQuery(Name = "tu")]
    public string? From { get; set; }

    [FromQuery(Name = "den")]
    public string? To { get; set; }

    [FromQuery(Name = "trang")]
    public string? PageNumber { get; set; }

    [FromQuery(Name = "sau")]
    public string? After { get; set; }

    [FromQuery(Name = "truoc")]
    public string? Before { get; set; }

    public PublishedAnswerPage<PublishedAnswer> Results { get; private set; } = PublishedAnswerPage<PublishedAnswer>.Empty;

    public IReadOnlyList<RuleFailure> Failures { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public bool HasFilters => Q is not null || Category is not null || Procedure is not null || Agency is not null || From is not null || To is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (query, failures) = PublishedAnswerQuery.Parse(Q, Category, Procedure, Agency, From, To, PageNumber, After, Before);
        Failures = failures;
        Agencies = await answers.AgenciesAsync(cancellationToken);
        if (failures.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Results = await answers.SearchAsync(query, cancellationToken);
        return Page();
    }

    /// <summary>The URL of another page of the same search: by number, or after or before the answer with a code (a search by words).</summary>
    public string PageUrl(int page, string? after = null, string? before = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["loai"] = Category,
            ["ma"] = Procedure,
            ["co-quan"] = Agency,
            ["tu"] = From,
            ["den"] = To,
            ["trang"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sau"] = after,
            ["truoc"] = before,
        };
        return "/phan-anh-kien-nghi" + QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToUriComponent();
    }
}
