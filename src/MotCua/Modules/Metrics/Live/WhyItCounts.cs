using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The one line a drill-down list shows beside each dossier: why it counts in the chỉ số (ADR-054), e.g. "Kết thúc 14:20
/// 07/12/2026, sau hạn 766 09:00 (tạm dừng chờ bổ sung 08:00 08/12/2026 – 10:00 09/12/2026)". Times are local (UTC+7).
/// </summary>
internal static class WhyItCounts
{
    /// <param name="indicator">The chỉ số id (2.1, 3.3, 3.6, 4.1, 4.2, 4.3, 5.4, 3.toan-trinh).</param>
    /// <param name="figures">The dossier's facts as captured.</param>
    /// <param name="judgement">Its verdicts at <paramref name="at"/> (null: not received or without an appointment).</param>
    /// <param name="at">The instant the period is judged at (its end, or now while it runs).</param>
    /// <param name="ratedUnsatisfied">Rated not satisfied by <paramref name="at"/> (5.4).</param>
    /// <param name="electronicResult">The facts hold an electronic result (4.1).</param>
    /// <param name="paidOnline">The fees were paid through the online gateway (3.6).</param>
    public static string Text(string indicator, DossierFigures figures, DossierJudgement? judgement, DateTime at, bool ratedUnsatisfied = false,
        bool electronicResult = false, bool paidOnline = false)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return indicator switch
        {
            "2.1" => Timeliness(figures, judgement, at),
            "3.3" or "3.toan-trinh" => T("Why_Channel", Time(figures.ReceivedAt), T("Channel_" + figures.Channel)),
            "4.1" => T(electronicResult ? "Why_ResultElectronic" : "Why_ResultPaper", Time(figures.FinishedAt), T(figures.ReturnedVia is { } via ? "Returned_" + via : "Returned_None")),
            "3.6" => T(paidOnline ? "Why_PaidOnline" : "Why_PaidElsewhere", Time(figures.ReceivedAt)),
            "4.2" => T("Why_Digitised", figures.DigitisedCount, figures.ComponentCount, figures.ExemptCount),
            "4.3" => T("Why_Reused", figures.ReusedCount, figures.ComponentCount),
            "5.4" => string.Join("; ", new[]
            {
                T("Why_Received", Time(figures.ReceivedAt)),
                judgement?.StatisticClass == OnTimeClass.Late ? T("Why_Overdue") : null,
                ratedUnsatisfied ? T("Why_Unsatisfied") : null,
            }.Where(p => p is not null)),
            _ => T("Why_Received", Time(figures.ReceivedAt)),
        };
    }

    /// <summary>2.2: "Tiếp nhận …, có kết quả …: 2,00 ngày làm việc" — the time the average counts for this dossier, in the procedure's unit.</summary>
    public static string Elapsed22(DateTime receivedAt, DateTime finishedAt, DeadlineUnit unit, BusinessCalendar calendar) =>
        T("Why22_Elapsed", Time(receivedAt), Time(finishedAt),
            new AverageTime22(unit, CatalogIndicators.Elapsed22(unit, calendar, receivedAt, finishedAt), 1).Text(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));

    /// <summary>2.1: the end the statistic used (or the period end for an open dossier), the verdict and the 766 due, and the pauses.</summary>
    // Bộ chỉ số 766, chỉ số 2.1: end = first of xử lý xong > trả kết quả > dừng/từ chối, rút; waiting for a supplement → its request [R, §E].
    private static string Timeliness(DossierFigures figures, DossierJudgement? judgement, DateTime at)
    {
        if (judgement is null)
        {
            return T("Why_NoDue");
        }

        var due = judgement.StatisticDueAt;
        (DateTime? At, string Kind)[] ends =
        [
            (figures.FinishedAt, "Finished"), (figures.ReturnedAt, "Returned"), (figures.StoppedAt, "Stopped"), (figures.WithdrawnAt, "Withdrawn"),
        ];
        var reached = ends.Where(e => e.At <= at).OrderBy(e => e.At).Select(e => ((DateTime At, string Kind)?)(e.At!.Value, e.Kind)).FirstOrDefault();
        var endAt = reached?.At ?? at;
        var requests = figures.Supplements.Where(s => s.RequestedAt <= endAt).OrderBy(s => s.RequestedAt).ToList();
        var waiting = requests.FirstOrDefault(s => s.CompletedAt is not { } done || done > endAt);
        var verdict = T("Verdict_" + judgement.StatisticClass);
        string line;
        if (waiting is not null)
        {
            line = T("Why_WaitingSupplement", Time(waiting.RequestedAt), verdict, DueText(due, waiting.RequestedAt));
        }
        else if (reached is { } end)
        {
            line = T("Why_Ended", T("End_" + end.Kind), Time(end.At), verdict, DueText(due, end.At));
        }
        else
        {
            line = T("Why_Open", Time(at), T(judgement.StatisticClass == OnTimeClass.Late ? "Open_Late" : "Open_InTime"), DueText(due, at));
        }

        var pauses = requests.Where(s => s.CompletedAt is { } done && done <= endAt)
            .Select(s => T("Why_Pause", Time(s.RequestedAt), Time(s.CompletedAt))).ToList();
        if (pauses.Count > 0)
        {
            line += " (" + string.Join("; ", pauses) + ")";
        }

        // Bộ chỉ số 766, chỉ số 2.1: more than one supplement request counts as late.
        if (requests.Count > 1)
        {
            line += " " + T("Why_Repeated", requests.Count);
        }

        return line;
    }

    /// <summary>The due's time alone when it falls on the same local day as <paramref name="beside"/>, else time and date.</summary>
    private static string DueText(DateTime due, DateTime beside) =>
        VietnamTime.LocalDate(due) == VietnamTime.LocalDate(beside) ? VietnamTime.Format(due, "HH:mm") : Time(due);

    private static string Time(DateTime? utc) => utc is { } value ? VietnamTime.Format(value) : "—";

    private static string T(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
