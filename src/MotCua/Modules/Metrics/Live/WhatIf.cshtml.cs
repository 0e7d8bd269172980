using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Localization;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// Mô phỏng Bộ chỉ số 766 (ADR-057): for the scope and kỳ báo cáo of the 766 page, the score if (a) the open overdue dossiers
/// were ended today, (b) N more procedures were offered toàn trình, (c) the ratings were at a target — each alone and all
/// together, with the points gained per chỉ số. Same readers and scope rules as the 766 page; nothing is stored.
/// </summary>
[Authorize(Roles = $"{Roles.ProvinceOfficer},{Roles.SystemAdmin},{Roles.ControlOfficer},{Roles.AgencyLeader}")]
internal sealed class WhatIfModel(Live766Scopes scopes, WhatIf766Reader reader) : Live766PageModel
{
    /// <summary>N, the procedures that would become toàn trình.</summary>
    [FromQuery(Name = "them-toan-trinh")]
    public string? MoreText { get; set; }

    /// <summary>The rating target, a percentage.</summary>
    [FromQuery(Name = "muc-tieu")]
    public string? TargetText { get; set; }

    public WhatIfRead? Read { get; private set; }

    public WhatIfOutcome? Outcome { get; private set; }

    public Live766Query? Query { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool Before766 { get; private set; }

    public int More { get; private set; }

    /// <summary>The target as a percentage (default: 5.4's full marks, 90 %).</summary>
    public decimal Target { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(Typed, cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        var problems = request.Problems.Select(p => p.Message).ToList();
        if (request.IsValid)
        {
            Query = Live766Query.Of(request.Scope!, request.Period!);
            Read = await reader.ReadAsync(request.Scope!, request.Period!, cancellationToken);
            Before766 = Read is null;
        }

        if (Read is { } read)
        {
            // Mô tả công thức 766, 5.4: full marks at 90 % satisfied — the default target [V2].
            var fullMarksAt = read.Live.Set.Find("5.4")?.Formula.FullMarksAt ?? 0.9m;
            Target = ReadTarget(fullMarksAt * 100m, problems);
            More = ReadMore(read.Basis.Candidates.Count, problems);
            if (problems.Count == 0)
            {
                Outcome = WhatIf766.Simulate(read.Live.Set, read.Basis, More, Target / 100m);
            }
        }

        Problems = problems;
        return Page();
    }

    /// <summary>The 766 page of the same scope and period.</summary>
    public string ScoreLink() => "/metrics/766" + QueryString.Create(Query!.Parameters()).ToUriComponent();

    /// <summary>The dossiers of a figure of 2.1 or 5.4 on the 766 page's drill-down.</summary>
    public string ItemsLink(string indicator, ItemSide side) => Live766Endpoints.ItemsLink("/metrics/766/", indicator, Query!, side);

    private decimal ReadTarget(decimal fallback, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(TargetText))
        {
            return fallback;
        }

        if (EnteredValues.ParseFigure(TargetText) is { } value && value is > 0 and <= 100)
        {
            return value;
        }

        problems.Add(ResourceText.Get<Live766Text>("WhatIf_Error_Target"));
        return fallback;
    }

    private int ReadMore(int candidates, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(MoreText))
        {
            return Math.Min(1, candidates);
        }

        var max = Math.Min(candidates, WhatIf766.MaxMoreFullOnline);
        if (int.TryParse(MoreText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= max)
        {
            return n;
        }

        problems.Add(candidates == 0
            ? ResourceText.Get<Live766Text>("WhatIf_Error_NoCandidates")
            : ResourceText.Get<Live766Text>("WhatIf_Error_More", max));
        return 0;
    }
}
