namespace MotCua.Modules.Calendar;

/// <summary>Kết quả đánh giá thời gian (TT 01/2018/TT-VPCP Điều 13, chỉ số 1 và 2): 2, 1 or 0 points.</summary>
internal enum OnTimeClass
{
    /// <summary>Trước hạn: shorter than the time allowed (<see cref="OnTimeDefinition"/>).</summary>
    Early,

    /// <summary>Đúng hạn: equal to the time allowed, at the configured granularity.</summary>
    OnTime,

    /// <summary>Quá hạn (trễ hạn): ended after the due instant.</summary>
    Late,
}
