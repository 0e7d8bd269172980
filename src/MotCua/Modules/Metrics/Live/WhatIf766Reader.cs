using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>The live score of a scope and period and what a simulation of it alters.</summary>
internal sealed record WhatIfRead(Live766Result Live, WhatIfBasis Basis);

/// <summary>
/// Reads the <see cref="WhatIfBasis"/> of a scope and period (ADR-057): the live score's inputs as <see cref="Live766"/>
/// computed them, the open overdue dossiers with the same period membership and verdicts, and the procedures not yet toàn
/// trình with their dossiers of the period — three aggregate statements over the facts and one over the catalogue.
/// </summary>
internal sealed class WhatIf766Reader(Live766 live)
{
    /// <summary>Null before QĐ 766 applied.</summary>
    public async Task<WhatIfRead?> ReadAsync(Scope766 scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        if (await live.ComputeAsync(scope, period, cancellationToken) is not { } result)
        {
            return null;
        }

        var (start, at) = (period.StartUtc, result.JudgedAt);
        var rows = await live.RowsAsync(scope, cancellationToken);

        // The open overdue dossiers: in hand in the period, not ended at the judging instant, late then (2.1's verdicts).
        var open = rows.Where(PeriodMembership.InHand(start, at)).Where(m => m.EndedAt == null || m.EndedAt >= at);
        var counts = await Live766.CountFlagsAsync(open, [PeriodMembership.DecidedLate(at), PeriodMembership.Received(start, at)], cancellationToken);
        // The open rows are received before the judging instant (in hand), so those judged late received in the period are
        // the ones received from its start: the undecided rows are read and judged once.
        var judgedLate = await live.JudgeUndecidedAsync(open, at, cancellationToken);
        var receivedJudgedLate = judgedLate.Count(m => m.ReceivedAt >= start);
        var inHand = counts.Where(c => (c.Key & 1) != 0).Sum(c => c.Value) + judgedLate.Count;
        var received = counts.Where(c => (c.Key & 3) == 3).Sum(c => c.Value) + receivedJudgedLate;

        // The procedures in force not yet toàn trình (as 3.1 and the 2026 row read the catalogue), with their dossiers of the period.
        var offered = await live.OfferedAsync(scope, VietnamTime.LocalDate(at), cancellationToken);
        var levels = offered.GroupBy(o => o.Code).ToDictionary(g => g.Key, g => g.Max(o => o.OnlineLevel), StringComparer.Ordinal);
        var codes = levels.Where(l => l.Value != OnlineServiceLevel.Full).Select(l => l.Key).ToList();
        var byCode = codes.Count == 0 ? [] : await rows.Where(PeriodMembership.Received(start, at)).Where(m => codes.Contains(m.ProcedureCode))
            .GroupBy(m => m.ProcedureCode)
            .Select(g => new { Code = g.Key, Total = g.Count(), Online = g.Sum(m => m.Channel == SubmissionChannel.Online ? 1 : 0) })
            .ToDictionaryAsync(g => g.Code, g => (g.Total, g.Online), cancellationToken);
        var candidates = WhatIf766.Order(codes.Select(code =>
        {
            var (total, online) = byCode.GetValueOrDefault(code);
            return new WhatIfProcedure(code, levels[code] != OnlineServiceLevel.None, total, online);
        }));

        var inputs = result.Score.Indicators.Where(s => !s.IsMissing).Select(s => new IndicatorInput(s.Id, s.Numerator, s.Denominator)).ToList();
        return new WhatIfRead(result, new WhatIfBasis(inputs, inHand, result.Parts54, received, candidates));
    }
}
