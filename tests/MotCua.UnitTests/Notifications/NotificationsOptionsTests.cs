using System.ComponentModel.DataAnnotations;
using MotCua.Modules.Notifications;

namespace MotCua.UnitTests.Notifications;

public sealed class NotificationsOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Errors(new NotificationsOptions()).ShouldBeEmpty();
    }

    [Fact]
    public void Smtp_without_a_host_is_refused_at_start()
    {
        var options = new NotificationsOptions { Email = { Sender = EmailSenderKind.Smtp } };

        Errors(options).ShouldContain(e => e.Contains("SmtpHost", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lease_shorter_than_a_batch_of_slow_sends_is_refused()
    {
        var options = new NotificationsOptions { Delivery = { BatchSize = 50, LeaseDuration = TimeSpan.FromMinutes(5) }, Email = { SmtpTimeoutSeconds = 20 } };

        Errors(options).ShouldContain(e => e.Contains("LeaseDuration", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sender_address_that_is_not_an_address_is_refused()
    {
        Errors(new NotificationsOptions { Email = { FromAddress = "một cửa" } }).ShouldContain(e => e.Contains("FromAddress", StringComparison.Ordinal));
    }

    private static List<string> Errors(NotificationsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
