namespace MotCua.Modules.Dossiers;

/// <summary>How processing ended: the result asked for, or a refusal after appraisal.</summary>
internal enum DossierOutcome
{
    /// <summary>The result (giấy phép, quyết định, văn bản…) was issued.</summary>
    Granted = 1,

    /// <summary>Từ chối giải quyết after appraisal (NĐ 61/2018 Điều 19 khoản 8): the refusal is returned as the result.</summary>
    Refused = 2,
}
