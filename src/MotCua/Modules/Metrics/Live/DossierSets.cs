using System.Linq.Expressions;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The dossier-based tử số of Bộ chỉ số 766 as predicates over the facts rows (ADR-054), one named method each, so that a
/// rule is switched in one place when the facts gain the column it waits for (the paper result required).
/// </summary>
internal static class DossierSets
{
    /// <summary>3.3: submitted online (KenhThucHien = 2).</summary>
    // Mô tả công thức 766, 3.3: hồ sơ trực tuyến; the "electronic result when a paper result is required" condition waits for that fact [R, §E].
    public static Expression<Func<MetricDossier, bool>> Online33() => m => m.Channel == SubmissionChannel.Online;

    /// <summary>2.2's dossiers: received, and ended with a result granted (its tử số is their total time, ADR-062).</summary>
    // Mô tả công thức 766, 2.2 (§E): hồ sơ đã xử lý xong / đã trả kết quả, bắt đầu trong kỳ [R].
    public static Expression<Func<MetricDossier, bool>> Done22() => m => m.Outcome == DossierOutcome.Granted && m.FinishedAt != null && m.ReceivedAt != null;

    /// <summary>4.1's mẫu số: received in the period and ended with a result granted.</summary>
    public static Expression<Func<MetricDossier, bool>> WithResult41() => m => m.Outcome == DossierOutcome.Granted && m.FinishedAt != null;

    /// <summary>4.1: a result granted with its electronic result (a result file attached: ADR-049, "Facts from other aggregates").</summary>
    // Mô tả công thức 766, 4.1 kết quả giải quyết điện tử [V2].
    public static Expression<Func<MetricDossier, bool>> ElectronicResult41() =>
        m => m.Outcome == DossierOutcome.Granted && m.FinishedAt != null && m.ElectronicResult;

    /// <summary>4.2: components handed in, each digitised or exempt, at least one digitised.</summary>
    // Mô tả công thức 766, 4.2 số hóa hồ sơ; TT 03/2025/TT-VPCP Điều 5 exemptions; the e-result condition waits for that fact [V2].
    public static Expression<Func<MetricDossier, bool>> Digitised42() =>
        m => m.DigitisedCount > 0 && m.DigitisedCount + m.ExemptCount >= m.ComponentCount;

    /// <summary>4.3: at least one component taken from digitised data (the applicant's store) instead of paper.</summary>
    // Mô tả công thức 766, 4.3 HoSoCoThanhPhanSoHoa / TaiLieuNop.DuocSoHoa [R, §E].
    public static Expression<Func<MetricDossier, bool>> Reused43() => m => m.ReusedCount > 0;

    /// <summary>3.6's mẫu số: a financial obligation was asked for (hồ sơ có nghĩa vụ tài chính).</summary>
    // Mô tả công thức 766, 3.6 hồ sơ có nghĩa vụ tài chính [R, §E].
    public static Expression<Func<MetricDossier, bool>> WithFees36() => m => m.FeesRequested;

    /// <summary>3.6: paid through the online payment gateway.</summary>
    // Mô tả công thức 766, 3.6 DuocThanhToanTrucTuyen [R, §E].
    public static Expression<Func<MetricDossier, bool>> PaidOnline36() => m => m.FeesRequested && m.PaidOnline;

    /// <summary>5.4: rated not satisfied (không hài lòng) before the period end <paramref name="at"/>.</summary>
    // Mô tả công thức 766, 5.4 hồ sơ bị đánh giá không hài lòng; the applicant's rating as the facts row holds it (ADR-061).
    public static Expression<Func<MetricDossier, bool>> Unsatisfied54(DateTime at) => m => m.Satisfied == false && m.RatedAt < at;

    /// <summary>
    /// An integer whose bit <c>i</c> is set when <paramref name="predicates"/>[i] holds: one GROUP BY over it counts every
    /// combination in one statement.
    /// </summary>
    public static Expression<Func<MetricDossier, int>> Flags(params Expression<Func<MetricDossier, bool>>[] predicates)
    {
        var row = Expression.Parameter(typeof(MetricDossier), "m");
        Expression sum = Expression.Constant(0);
        for (var i = 0; i < predicates.Length; i++)
        {
            var body = new Rebind(predicates[i].Parameters[0], row).Visit(predicates[i].Body);
            sum = Expression.Add(sum, Expression.Condition(body, Expression.Constant(1 << i), Expression.Constant(0)));
        }

        return Expression.Lambda<Func<MetricDossier, int>>(sum, row);
    }

    public static Expression<Func<MetricDossier, bool>> And(Expression<Func<MetricDossier, bool>> left, Expression<Func<MetricDossier, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    public static Expression<Func<MetricDossier, bool>> Or(Expression<Func<MetricDossier, bool>> left, Expression<Func<MetricDossier, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    public static Expression<Func<MetricDossier, bool>> Not(Expression<Func<MetricDossier, bool>> predicate) =>
        Expression.Lambda<Func<MetricDossier, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static Expression<Func<MetricDossier, bool>> Combine(
        Expression<Func<MetricDossier, bool>> left, Expression<Func<MetricDossier, bool>> right, Func<Expression, Expression, BinaryExpression> join)
    {
        var row = left.Parameters[0];
        return Expression.Lambda<Func<MetricDossier, bool>>(join(left.Body, new Rebind(right.Parameters[0], row).Visit(right.Body)), row);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
