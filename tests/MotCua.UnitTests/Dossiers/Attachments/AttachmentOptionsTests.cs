using System.ComponentModel.DataAnnotations;
using MotCua.Modules.Dossiers.Attachments;

namespace MotCua.UnitTests.Dossiers.Attachments;

public sealed class AttachmentOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_allow_20_MB_under_data_attachments()
    {
        var options = new AttachmentOptions();

        Errors(options).ShouldBeEmpty();
        options.MaxBytes.ShouldBe(20 * 1024 * 1024);
        options.MaxMegabytes.ShouldBe(20);
        options.Path.ShouldBe("data/attachments");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(2L * 1024 * 1024 * 1024)]
    public void A_limit_outside_1_byte_to_1_GB_stops_the_start(long maxBytes)
    {
        Errors(new AttachmentOptions { MaxBytes = maxBytes }).ShouldContain(e => e.Contains("MaxBytes", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_path_stops_the_start()
    {
        Errors(new AttachmentOptions { Path = " " }).ShouldContain(e => e.Contains("Path", StringComparison.Ordinal));
    }

    private static List<string> Errors(AttachmentOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
