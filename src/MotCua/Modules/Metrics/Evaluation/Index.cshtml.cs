using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Localization;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>
/// The TT 01/2018 evaluation of a period (ADR-058): the units ranked (every agency for the province roles, else the
/// reader's agency) and the officers the reader may see (<see cref="EvaluationAccess"/>), each indicator's points with the
/// number of dossiers behind it linked to their list; printable and as .xlsx (<c>handler=xlsx</c>).
/// </summary>
[Authorize(Roles = $"{Organization.Roles.CounterOfficer},{Organization.Roles.Specialist},{Organization.Roles.UnitLeader},{Organization.Roles.AgencyLeader},{Organization.Roles.ControlOfficer},{Organization.Roles.ProvinceOfficer},{Organization.Roles.SystemAdmin}")]
internal sealed class IndexModel(Live766Scopes scopes, EvaluationResults results, IAgencyScope access) : Live766PageModel
{
    public EvaluationReport? Report { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool CanChooseAgency => access.IsProvinceWide;

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        return await ReadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return Report is null
            ? BadRequest(string.Join(" ", Problems))
            : File(EvaluationXlsx.Write(Report), Live766Endpoints.XlsxContentType, EvaluationXlsx.FileName(Report.Period));
    }

    public string XlsxLink() => EvaluationRegistration.Root + QueryString.Create(Typed.Parameters().Where(p => p.Key is "agency" or "ky" or "tu" or "den").Append(new("handler", "xlsx"))).ToUriComponent();

    public static string Points(decimal? points) => points is { } p ? p.ToString("0.0", CultureInfo.GetCultureInfo("vi-VN")) : "";

    private async Task<IActionResult?> ReadAsync(CancellationToken cancellationToken)
    {
        var all = access.IsProvinceWide && string.IsNullOrWhiteSpace(Agency);
        var request = await scopes.ReadAsync(new Live766Query(all ? Live766Query.ProvinceScope : Live766Query.AgencyScope, Agency, null, null, Ky, Tu, Den), cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        if (access.IsProvinceWide)
        {
            Agencies = await results.AgenciesAsync(cancellationToken);
        }

        if (!request.IsValid)
        {
            Problems = [.. request.Problems.Select(p => p.Message)];
            return null;
        }

        Report = await results.ComputeAsync(all ? null : [request.Scope!.AgencyId!.Value], request.Period!, EvaluationAccess.OfficersFor(User, access), cancellationToken);
        return null;
    }

    /// <summary>The text of a unit's rating (MetricsText, ADR-051).</summary>
    public static string RatingText(UnitRating rating) => ResourceText.Get<MetricsText>("UnitRating_" + rating);

    /// <summary>The text of an officer's completion band (MetricsText, ADR-051).</summary>
    public static string BandText(CompletionBand band) => ResourceText.Get<MetricsText>("CompletionBand_" + band);

    /// <summary>The indicator's name as Điều 13 words it (MetricsText, ADR-051).</summary>
    public static string IndicatorName(EvaluationIndicator indicator) => ResourceText.Get<MetricsText>("Indicator_" + indicator);
}
