using System.Linq.Expressions;
using System.Reflection;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Rollups;

/// <summary>
/// A predicate or projection over the facts rows (<see cref="MetricDossier"/>) as the same expression over a roll-up whose
/// columns carry the facts row's names (ADR-061), so that a figure's rule is written once (<c>DossierSets</c>,
/// <c>PeriodMembership</c>) and read on either. The roll-ups hold ended and judged rows only: the judged test
/// (<see cref="MetricDossier.JudgedSequence"/> = <see cref="MetricDossier.CapturedSequence"/>) holds there. A rule that reads
/// a column the roll-up does not keep throws, so it is never answered from values the roll-up does not have. A column the
/// roll-up keeps only as set or not (<c>Has…</c>) may only be compared with null.
/// </summary>
internal static class RolledExpressions
{
    public static Expression<Func<TRollup, T>> On<TRollup, T>(Expression<Func<MetricDossier, T>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var rollup = Expression.Parameter(typeof(TRollup), "r");
        return Expression.Lambda<Func<TRollup, T>>(new Rebind(expression.Parameters[0], rollup).Visit(expression.Body), rollup);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual && (Presence(node.Left, node.Right) ?? Presence(node.Right, node.Left)) is { } has)
            {
                return node.NodeType == ExpressionType.NotEqual ? has : Expression.Not(has);
            }

            return base.VisitBinary(node);
        }

        /// <summary>The roll-up's <c>Has…</c> column when <paramref name="member"/> is a facts column kept only as set or not and <paramref name="other"/> is null.</summary>
        private MemberExpression? Presence(Expression member, Expression other) =>
            Unwrap(member) is MemberExpression { } read && read.Expression == from && Unwrap(other) is ConstantExpression { Value: null }
                && to.Type.GetProperty(read.Member.Name) is null && to.Type.GetProperty("Has" + read.Member.Name) is { } has
                ? Expression.Property(to, has)
                : null;

        private static Expression Unwrap(Expression expression) =>
            expression is UnaryExpression { NodeType: ExpressionType.Convert } convert ? Unwrap(convert.Operand) : expression;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != from)
            {
                return base.VisitMember(node);
            }

            var type = ((PropertyInfo)node.Member).PropertyType;
            if (node.Member.Name is nameof(MetricDossier.JudgedSequence) or nameof(MetricDossier.CapturedSequence))
            {
                return Expression.Constant(0, type);
            }

            var property = to.Type.GetProperty(node.Member.Name)
                ?? throw new InvalidOperationException($"{to.Type.Name} does not keep {node.Member.Name}: the rule is read from the facts rows only.");
            Expression read = Expression.Property(to, property);
            return property.PropertyType == type ? read : Expression.Convert(read, type);
        }
    }
}
