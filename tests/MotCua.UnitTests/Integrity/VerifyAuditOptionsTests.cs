using Microsoft.Extensions.Localization;
using MotCua.Modules.Integrity;

namespace MotCua.UnitTests.Integrity;

public sealed class VerifyAuditOptionsTests
{
    [Fact]
    public void Code_agency_and_dates_are_read_from_their_options()
    {
        var options = VerifyAuditCommand.Parse(["--code", " H99-01 ", "--agency", "H99.01.01", "--from", "2026-12-01", "--to", "2026-12-06"], new KeyText());

        options.ShouldBe(new VerifyAuditOptions("H99-01", "H99.01.01", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 6)));
    }

    [Theory]
    [InlineData("Verify_UnknownOption", "--ma", "X")]
    [InlineData("Verify_UnknownOption", "--code")]
    [InlineData("Verify_UnknownOption", "--code", "--from", "2026-12-01")]
    [InlineData("Verify_InvalidDate", "--from", "06/12/2026")]
    [InlineData("Verify_InvalidDate", "--to", "2026-02-30")]
    [InlineData("Integrity_InvalidRange", "--from", "2026-12-06", "--to", "2026-12-01")]
    public void Unknown_options_missing_values_bad_dates_and_a_reversed_range_are_refused(string error, params string[] args)
    {
        VerifyAuditCommand.Parse(args, new KeyText()).Error.ShouldBe(error);
    }

    private sealed class KeyText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
