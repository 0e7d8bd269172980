using System.Linq.Expressions;
using System.Reflection;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Rollups;

/// <summary>
/// A predicate or projection over the facts rows (<see cref="MetricDossier"/>) as the same expression over a roll-up whose
/// columns carry the facts row's names (ADR-061), so that a figure's rule is written once (<c>DossierSets</c>,
/// <c>PeriodMembership</c>) and read on either. The roll-ups hold ended and judged rows only: the judged test
/// (<see cref="MetricDossier.JudgedSequence"/> = <see cref="MetricDossier.CapturedSequence"/>) holds there. A rule that reads
/// a column the roll-up does not keep throws, so it is never answered from values the roll-up does not have.
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
