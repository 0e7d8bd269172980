using MotCua.Modules.Organization.Admin.Agencies;

namespace MotCua.UnitTests.Organization;

public sealed class AgencyRulesTests
{
    [Theory]
    [InlineData("H99.13", "H99")]
    [InlineData("H99.01.02", "H99.01")]
    [InlineData("H99", null)]
    [InlineData("H99.10", null)]
    public void A_code_that_extends_its_parents_code_is_accepted(string code, string? parent)
    {
        AgencyRules.CheckParentPrefix(code, parent).ShouldBeNull();
    }

    [Theory]
    [InlineData("G01.13", "H99")]
    [InlineData("H99", "H99")]
    [InlineData("H991.2", "H99")]
    [InlineData("H99.10.01", "H99.11")]
    [InlineData("H99.01", "H99.01.01")]
    public void A_code_outside_its_parents_code_is_refused(string code, string parent)
    {
        AgencyRules.CheckParentPrefix(code, parent).ShouldNotBeNull().Source.ShouldBe("CodeParentPrefix");
    }
}
