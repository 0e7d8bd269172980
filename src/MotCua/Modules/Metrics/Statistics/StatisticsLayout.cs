using MotCua.Common.Localization;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Metrics.Statistics;

/// <summary>A numbered column of a statistics table; its header is the resource <c>Column_</c>+<see cref="Key"/>.</summary>
internal sealed record StatisticsColumn(int Number, string Key)
{
    public string Header => ResourceText.Get<MetricsText>("Column_" + Key);
}

/// <summary>A sum the table must keep: column <see cref="Total"/> equals the sum of <see cref="Parts"/>.</summary>
internal sealed record StatisticsIdentity(int Total, IReadOnlyList<int> Parts)
{
    /// <summary>"(3)=(4)+(5)+(6)".</summary>
    public string Name => $"({Total})=" + string.Join('+', Parts.Select(p => $"({p})"));
}

/// <summary>
/// The columns of a statistics form, the sums it must keep, and how one dossier is counted in it. Columns (1) STT and (2)
/// the row's label are text; the numeric columns follow from (3).
/// </summary>
internal sealed class StatisticsLayout
{
    private readonly Func<DossierTally, ResolvedRule, IEnumerable<int>> _classify;

    private StatisticsLayout(string key, IReadOnlyList<StatisticsColumn> columns, IReadOnlyList<StatisticsIdentity> identities,
        Func<DossierTally, ResolvedRule, IEnumerable<int>> classify)
    {
        Key = key;
        Columns = columns;
        Identities = identities;
        _classify = classify;
    }

    public const int FirstNumericColumn = 3;

    /// <summary>The layout's resource key (<c>Layout_</c>+key) and name in settings.</summary>
    public string Key { get; }

    public string Name => ResourceText.Get<MetricsText>("Layout_" + Key);

    /// <summary>The numeric columns, (3) onwards, in order.</summary>
    public IReadOnlyList<StatisticsColumn> Columns { get; }

    public IReadOnlyList<StatisticsIdentity> Identities { get; }

    /// <summary>The numbers of the columns one dossier adds 1 to.</summary>
    public IReadOnlyList<int> Classify(DossierTally dossier, ResolvedRule rule) => [.. _classify(dossier, rule)];

    /// <summary>The header of column (1) STT or (2) the row label under <paramref name="grouping"/>, then the numeric ones.</summary>
    public IReadOnlyList<string> Headers(StatisticsGrouping grouping) =>
        [ResourceText.Get<MetricsText>("Column_Number"), ResourceText.Get<MetricsText>("Column_Label" + grouping), .. Columns.Select(c => c.Header)];

    /// <summary>
    /// Biểu 06a "Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị trực tiếp giải quyết TTHC" (TT 01/2020/TT-VPCP as
    /// reproduced by Hà Nội and Thanh Hóa; reporting-control-feedback §A3 [V2]; identities [R]).
    /// </summary>
    public static StatisticsLayout Form06a { get; } = new(
        "Form06a",
        Numbered("Received", "ReceivedOnline", "ReceivedDirectOrPostal", "CarriedOver",
            "Resolved", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate",
            "InHand", "InHandInTime", "InHandOverdue"),
        [new(3, [4, 5, 6]), new(7, [8, 9, 10]), new(11, [12, 13]), new(3, [7, 11])],
        Classify06a);

    /// <summary>
    /// The newer columns seen in the 2026 merge of 06a/VPCP and 07a/BTP (reporting-control-feedback §A3 [R]): online full /
    /// partial / other, late with or without an apology, and the "of which" counts paid online, refused, stopped, withdrawn.
    /// </summary>
    public static StatisticsLayout Detailed { get; } = new(
        "Detailed",
        Numbered("Received", "ReceivedDirect", "ReceivedOnlineFull", "ReceivedOnlinePartial", "ReceivedOnlineOther", "ReceivedPostal", "CarriedOver",
            "Resolved", "ResolvedInTime", "ResolvedLateApologised", "ResolvedLateNotApologised",
            "InHand", "InHandNotDue", "InHandLateApologised", "InHandLateNotApologised",
            "PaidOnline", "Refused", "Stopped", "Withdrawn"),
        [new(3, [4, 5, 6, 7, 8, 9]), new(10, [11, 12, 13]), new(14, [15, 16, 17]), new(3, [10, 14])],
        ClassifyDetailed);

    private static StatisticsColumn[] Numbered(params string[] keys) =>
        [.. keys.Select((key, i) => new StatisticsColumn(FirstNumericColumn + i, key))];

    private static IEnumerable<int> Classify06a(DossierTally dossier, ResolvedRule rule)
    {
        yield return 3;
        yield return dossier.CarriedOver ? 6 : dossier.Channel == SubmissionChannel.Online ? 4 : 5;
        var time = DossierTallyRules.TimeFor(dossier, rule);
        if (DossierTallyRules.IsResolved(dossier, rule))
        {
            yield return 7;
            yield return time switch { OnTimeClass.Early => 8, OnTimeClass.OnTime => 9, _ => 10 };
        }
        else
        {
            yield return 11;
            yield return time == OnTimeClass.Late ? 13 : 12;
        }
    }

    private static IEnumerable<int> ClassifyDetailed(DossierTally dossier, ResolvedRule rule)
    {
        yield return 3;
        yield return dossier.CarriedOver ? 9 : dossier.Channel switch
        {
            SubmissionChannel.Online => dossier.OnlineLevel switch { OnlineServiceLevel.Full => 5, OnlineServiceLevel.Partial => 6, _ => 7 },
            SubmissionChannel.Postal => 8,
            _ => 4,
        };
        var late = DossierTallyRules.TimeFor(dossier, rule) == OnTimeClass.Late;
        var (total, inTime) = DossierTallyRules.IsResolved(dossier, rule) ? (10, 11) : (14, 15);
        yield return total;
        // NĐ 61/2018 Điều 19 khoản 9: a late dossier gets a letter of apology; the form counts those with and without one.
        yield return !late ? inTime : dossier.ApologyIssued ? inTime + 1 : inTime + 2;
        if (dossier.PaidOnline)
        {
            yield return 18;
        }

        var state = dossier.State switch
        {
            DossierTallyState.Refused => 19,
            DossierTallyState.Stopped => 20,
            DossierTallyState.Withdrawn => 21,
            _ => 0,
        };
        if (state != 0)
        {
            yield return state;
        }
    }
}
