using System.Globalization;
using MotCua.Common.Hosting;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Common.Localization;

/// <summary>Messages follow the reader's language; what is written into a dossier's record stays Vietnamese.</summary>
public sealed class MessageLanguageTests
{
    private static readonly DateTimeOffset Due = At(2026, 2, 27, 17);

    [Fact]
    public void A_broken_time_rule_shown_on_an_english_page_is_in_english()
    {
        var broken = InEnglish(() => ExtensionRules.Check(Year2026, Due, At(2026, 2, 27, 8), At(2026, 3, 4, 17), 0, DossierTimePolicy.Default));

        broken.ShouldNotBeNull().Message.ShouldBe("An extension must be requested at least 01 working days before the result date (last day 26/02/2026).");
    }

    [Fact]
    public void The_due_date_explanation_kept_on_the_dossier_is_vietnamese_when_the_desk_works_in_english()
    {
        var due = InEnglish(() => DueDates.Compute(Year2026, At(2026, 3, 2, 9), new ProcessingTime(1, DeadlineUnit.WorkingDays, ProcessingTime.DefaultCutOff)));

        due.Explanation.ShouldBe("Tiếp nhận lúc 09:00 ngày 02/03/2026; bắt đầu tính thời hạn từ 09:00 ngày 02/03/2026. Thời hạn giải quyết: 1 ngày làm việc. Hẹn trả kết quả: 09:00 ngày 03/03/2026.");
        CultureInfo.CurrentUICulture.ShouldBe(PlatformModule.Vietnamese);
    }

    private static T InEnglish<T>(Func<T> read)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = PlatformModule.English;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
