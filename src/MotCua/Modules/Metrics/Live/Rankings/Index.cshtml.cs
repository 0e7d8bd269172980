using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Localization;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live.Rankings;

/// <summary>
/// The agencies ranked on Bộ chỉ số 766 for a kỳ báo cáo, by the total or by one nhóm (<c>nhom=1..6</c>), printable and as
/// .xlsx (<c>handler=xlsx</c>). A ranking compares every agency, so only the province-wide roles open it (ADR-054).
/// </summary>
[Authorize(Roles = $"{Roles.ProvinceOfficer},{Roles.SystemAdmin}")]
internal sealed class IndexModel(Live766Scopes scopes, Rankings766 rankings) : Live766PageModel
{
    [FromQuery(Name = "nhom")]
    public string? Nhom { get; set; }

    public Ranking766? Ranking { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool Before766 { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        if (Ranking is null)
        {
            return BadRequest(Problems.Count > 0 ? string.Join(" ", Problems) : ResourceText.Get<Live766Text>("Error_Before766"));
        }

        return File(RankingXlsx.Write(Ranking), Live766Endpoints.XlsxContentType, RankingXlsx.FileName(Ranking.Period));
    }

    /// <summary>This page's link with another order (null: by the total).</summary>
    public string OrderLink(int? group) => Link(group, null);

    /// <summary>The same ranking as .xlsx.</summary>
    public string XlsxLink() => Link(Ranking?.ByGroup, "xlsx");

    private string Link(int? group, string? handler) =>
        "/metrics/766/xep-hang" + QueryString.Create(new Dictionary<string, string?>
        {
            ["ky"] = Ky, ["tu"] = Tu, ["den"] = Den, ["nhom"] = group?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["handler"] = handler,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();

    /// <summary>The agency's own 766 page for the same period.</summary>
    public string AgencyLink(Guid agency) =>
        "/metrics/766" + QueryString.Create(Live766Query.Of(new Scope766(agency, null, null, null, null), Ranking!.Period).Parameters()).ToUriComponent();

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(new Live766Query(Live766Query.ProvinceScope, null, null, null, Ky, Tu, Den), cancellationToken);
        var problems = request.Problems.Select(p => p.Message).ToList();
        int? group = null;
        if (!string.IsNullOrWhiteSpace(Nhom))
        {
            if (int.TryParse(Nhom.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 9)
            {
                group = number;
            }
            else
            {
                problems.Add(ResourceText.Get<RankingText>("Error_Group"));
            }
        }

        if (problems.Count == 0 && request.IsValid)
        {
            Ranking = await rankings.RankAsync(request.Period!, group, cancellationToken);
            Before766 = Ranking is null;
            if (Ranking is not null && group is not null && Ranking.ByGroup is null)
            {
                problems.Add(ResourceText.Get<RankingText>("Error_Group"));
                Ranking = null;
            }
        }

        Problems = problems;
    }
}
