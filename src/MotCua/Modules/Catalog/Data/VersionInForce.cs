using System.Linq.Expressions;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Catalog.Data;

/// <summary>
/// The one definition of "in force on a date" for a procedure version (ADR-031): published, its Quyết định công bố in
/// effect on that local (Asia/Ho_Chi_Minh) date, and not yet replaced by a later published version on that date. A
/// version published with a later effective date is upcoming: the version it amends stays in force until then.
/// </summary>
internal static class VersionInForce
{
    // NĐ 63/2010 Điều 13: a procedure is published by a Quyết định công bố and applies from the effective date that decision states.
    private static readonly Expression<Func<ProcedureVersion, DateOnly, bool>> Rule = (v, date) =>
        v.Status == VersionStatus.Published && v.EffectiveDate <= date && (v.ReplacedOn == null || v.ReplacedOn > date);

    private static readonly Func<ProcedureVersion, DateOnly, bool> Compiled = Rule.Compile();

    /// <summary>The rule as a query filter for versions in force on <paramref name="date"/>.</summary>
    public static Expression<Func<ProcedureVersion, bool>> On(DateOnly date)
    {
        var holder = new DateHolder(date);
        var body = new Bind(Rule.Parameters[1], Expression.Property(Expression.Constant(holder), nameof(DateHolder.Value))).Visit(Rule.Body);
        return Expression.Lambda<Func<ProcedureVersion, bool>>(body, Rule.Parameters[0]);
    }

    /// <summary>The rule applied to one loaded version.</summary>
    public static bool IsInForceOn(this ProcedureVersion version, DateOnly date) => Compiled(version, date);

    /// <summary>Published with a decision that takes effect after <paramref name="date"/>: shown as "có hiệu lực từ", not applied for.</summary>
    public static Expression<Func<ProcedureVersion, bool>> UpcomingOn(DateOnly date) =>
        v => v.Status == VersionStatus.Published && v.EffectiveDate > date && (v.ReplacedOn == null || v.ReplacedOn > v.EffectiveDate);

    // A member of an object, so that the date is a query parameter rather than a literal in the SQL text.
    private sealed class DateHolder(DateOnly value)
    {
        public DateOnly Value { get; } = value;
    }

    private sealed class Bind(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
