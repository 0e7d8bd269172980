namespace MotCua.Modules.Dossiers.Timing;

/// <summary>Kết quả đánh giá thời gian (TT 01/2018/TT-VPCP Điều 13, chỉ số 1 và 2): 2, 1 or 0 points.</summary>
internal enum OnTimeClass
{
    /// <summary>Trước hạn: ended on a local date before the due instant's date.</summary>
    Early,

    /// <summary>Đúng hạn: ended on the due instant's date, at or before the due instant.</summary>
    OnTime,

    /// <summary>Quá hạn (trễ hạn): ended after the due instant.</summary>
    Late,
}

/// <summary>The one definition of early / on time / late shared by the dossier statistic and the per-step control.</summary>
internal static class OnTimeDefinition
{
    // TT 01/2018/TT-VPCP Điều 13 khoản 1–2: shorter than allowed → trước hạn, equal → đúng hạn, longer → quá hạn; "equal" read as the due date's day (ADR-013).
    public static OnTimeClass Classify(DateTimeOffset end, DateTimeOffset due)
    {
        if (end > due)
        {
            return OnTimeClass.Late;
        }

        return WorkingTimeMath.LocalDate(end) < WorkingTimeMath.LocalDate(due) ? OnTimeClass.Early : OnTimeClass.OnTime;
    }
}
