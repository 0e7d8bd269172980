using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// Nhập chỉ số 766 (ADR-054): the tử số, mẫu số, a note and the evidence file of an entered chỉ số for one agency and kỳ báo
/// cáo, by the agency's ControlOfficer (a ProvinceOfficer for any agency); the history of the entries below. Every problem
/// is shown on the page in Vietnamese and nothing is saved.
/// </summary>
[Authorize(Roles = $"{Roles.ProvinceOfficer},{Roles.ControlOfficer}")]
[RequestSizeLimit(EnterModel.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = EnterModel.RequestLimit)]
internal sealed class EnterModel(Live766Scopes scopes, Live766 live, EnteredValues entered, IAgencyScope access) : Live766PageModel
{
    /// <summary>The largest request accepted: the largest evidence setting allowed plus the form's fields.</summary>
    public const long RequestLimit = (1024L * 1024 * 1024) + (64 * 1024);

    [BindProperty(SupportsGet = true, Name = "indicator")]
    public string? Indicator { get; set; }

    [BindProperty(Name = "numerator")]
    public string? Numerator { get; set; }

    [BindProperty(Name = "denominator")]
    public string? Denominator { get; set; }

    [BindProperty(Name = "note")]
    public string? Note { get; set; }

    [BindProperty(Name = "evidence")]
    public IFormFile? Evidence { get; set; }

    public Scope766? Shown { get; private set; }

    public ReportPeriod? Period { get; private set; }

    public FormulaSet? Set { get; private set; }

    public IReadOnlyList<EnteredEntry> History { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Set is null)
        {
            return Page();
        }

        await using var content = Evidence is null ? null : new MemoryStream();
        if (Evidence is not null)
        {
            await Evidence.CopyToAsync(content!, cancellationToken);
            content!.Position = 0;
        }

        var failures = await entered.EnterAsync(
            Shown!.AgencyId!.Value, Period!, Set, Indicator, Numerator, Denominator, Note, content, Evidence?.FileName, Actor.From(HttpContext), cancellationToken);
        if (failures.Count > 0)
        {
            Problems = failures.Select(f => f.Message).ToList();
            failures.AddTo(ModelState);

            return Page();
        }

        return Redirect("/metrics/766" + QueryString.Create(Live766Query.Of(Shown!, Period!).Parameters()).ToUriComponent() + "#chi-so-" + Indicator!.Trim());
    }

    /// <summary>Reads the agency and period; null when the page may be shown (with its problems), else the refusal.</summary>
    private async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(new Live766Query(Live766Query.AgencyScope, Agency, null, null, Ky, Tu, Den), cancellationToken);
        if (request.Forbidden || (request.Scope?.AgencyId is { } agency && !EnteredValues.CanEnter(User, access, agency)))
        {
            return Forbid();
        }

        if (!request.IsValid)
        {
            Problems = request.Problems.Select(p => p.Message).ToList();
            return null;
        }

        (Shown, Period) = (request.Scope, request.Period);
        Set = live.SetFor(Period!);
        if (Set is null)
        {
            Problems = [Common.Localization.ResourceText.Get<Live766Text>("Error_Before766")];
            return null;
        }

        if (Set.Find(Indicator?.Trim() ?? "") is { IsEntered: true } definition)
        {
            History = await entered.HistoryAsync(Shown!.AgencyId!.Value, Period!, definition.Id, cancellationToken);
        }

        return null;
    }
}
