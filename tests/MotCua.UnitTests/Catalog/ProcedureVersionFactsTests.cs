using MotCua.Modules.Catalog;

namespace MotCua.UnitTests.Catalog;

/// <summary>When the metrics' copy of a version's figures is current (ADR-049, "Procedure versions").</summary>
public sealed class ProcedureVersionFactsTests
{
    private static readonly Guid First = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Second = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private static readonly ProcedureVersionFigures Figures = new(
        Guid.Parse("0193a000-0000-7000-8000-000000000001"), Guid.Parse("0193a000-0000-7000-8000-000000000002"), "1.000362", 2, "HOTICH", "Hộ tịch",
        "HUYEN,XA", OnlineServiceLevel.Partial, true, "15/QĐ-UBND", new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1),
        new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc), null, null, null,
        [new PublishedVersionAgency(First, AgencyRole.Performing), new PublishedVersionAgency(Second, AgencyRole.Coordinating)]);

    [Fact]
    public void The_same_figures_with_the_agencies_in_another_order_are_current()
    {
        Figures.SameAs(Figures with { Agencies = [.. Figures.Agencies.Reverse()] }).ShouldBeTrue();
    }

    [Fact]
    public void Another_role_another_field_name_or_no_fees_any_more_is_a_change()
    {
        Figures.SameAs(Figures with { Agencies = [new PublishedVersionAgency(First, AgencyRole.Deciding), Figures.Agencies[1]] }).ShouldBeFalse();
        Figures.SameAs(Figures with { FieldName = "Hộ tịch, quốc tịch" }).ShouldBeFalse();
        Figures.SameAs(Figures with { FeesApply = false }).ShouldBeFalse();
        Figures.SameAs(Figures with { Agencies = [Figures.Agencies[0]] }).ShouldBeFalse();
    }
}
