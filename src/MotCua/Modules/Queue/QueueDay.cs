using MotCua.Modules.Queue.Data;

namespace MotCua.Modules.Queue;

/// <summary>Waiting and service times of a group of visits, in minutes.</summary>
/// <param name="Called">Tickets called (served or not), whose waiting time is known.</param>
/// <param name="Served">Tickets served, whose service time is known.</param>
internal sealed record QueueFigures(string Counter, int Called, int Served, int NoShows, double? AverageWait, double? P90Wait, double? AverageService, double? P90Service)
{
    // Target of the agencies' plans: Kế hoạch kiểm soát TTHC năm 2023 (Sở LĐ-TB&XH Nam Định), mục VIII.5 — chờ đợi trung bình tối đa 20 phút/lần giao dịch.
    public const double TargetAverageWaitMinutes = 20;

    public bool MissesTarget => AverageWait > TargetAverageWaitMinutes;

    public static QueueFigures Of(string counter, IReadOnlyCollection<QueueTicket> tickets)
    {
        var waits = tickets.Where(t => t.CalledAt is not null).Select(t => (t.CalledAt!.Value - t.IssuedAt).TotalMinutes).ToList();
        var services = tickets.Where(t => t.Status == TicketStatus.Done && t.FinishedAt is not null).Select(t => (t.FinishedAt!.Value - t.CalledAt!.Value).TotalMinutes).ToList();
        return new QueueFigures(
            counter, waits.Count, services.Count, tickets.Count(t => t.Status == TicketStatus.NoShow),
            waits.Count == 0 ? null : waits.Average(), Percentile90(waits),
            services.Count == 0 ? null : services.Average(), Percentile90(services));
    }

    /// <summary>The nearest-rank 90th percentile: the smallest value at least 90 % of the values do not exceed.</summary>
    public static double? Percentile90(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
    }
}

/// <summary>A day of an agency's queue: figures per counter and for the whole desk, and the tickets still waiting.</summary>
internal sealed record QueueDay(DateOnly Day, int Issued, int Waiting, IReadOnlyList<QueueFigures> Counters, QueueFigures Total)
{
    public static QueueDay Of(DateOnly day, IReadOnlyCollection<QueueTicket> tickets)
    {
        var called = tickets.Where(t => t.Counter is not null).ToList();
        var counters = called.GroupBy(t => t.Counter!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => QueueFigures.Of(g.Key, g.ToList())).ToList();
        return new QueueDay(day, tickets.Count, tickets.Count(t => t.Status == TicketStatus.Waiting), counters, QueueFigures.Of("", called));
    }
}
