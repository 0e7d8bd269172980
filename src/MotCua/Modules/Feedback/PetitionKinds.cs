namespace MotCua.Modules.Feedback;

/// <summary>
/// What a PAKN is about: the eight contents of NĐ 20/2008/NĐ-CP Điều 5, and the conduct of an official or of a dossier's
/// handling (the national portal's second kind of PAKN). Stored by name; the Open311 service codes are in
/// <see cref="PetitionCategories"/>.
/// </summary>
internal enum PetitionCategory
{
    /// <summary>Sự chậm trễ, gây phiền hà hoặc không thực hiện, thực hiện không đúng quy định hành chính (Điều 5 khoản 1).</summary>
    Delay = 1,

    /// <summary>Quy định hành chính không phù hợp với thực tế (Điều 5 khoản 2).</summary>
    Unfit,

    /// <summary>Sự không đồng bộ, không thống nhất (Điều 5 khoản 3).</summary>
    Inconsistent,

    /// <summary>Không hợp pháp (Điều 5 khoản 4).</summary>
    Unlawful,

    /// <summary>Trái với điều ước quốc tế (Điều 5 khoản 5).</summary>
    ContraryToTreaty,

    /// <summary>Những vấn đề khác (Điều 5 khoản 6).</summary>
    Other,

    /// <summary>Phương án xử lý (Điều 5, kiến nghị).</summary>
    ProposedSolution,

    /// <summary>Sáng kiến ban hành mới (Điều 5, kiến nghị).</summary>
    Initiative,

    /// <summary>Hành vi của cán bộ, công chức or the handling of a dossier (not an Điều 5 content; may name a dossier code).</summary>
    Conduct,
}

/// <summary>How a PAKN reached the agency (NĐ 20/2008 Điều 6: letter, phone, e-mail and website, opinion forms).</summary>
internal enum PetitionChannel
{
    /// <summary>The portal, signed in.</summary>
    Portal = 1,

    /// <summary>The portal without an account; a contact is required and submissions are limited per client address.</summary>
    PortalGuest,

    /// <summary>A letter, brought or posted, transcribed at the desk.</summary>
    Letter,

    /// <summary>An e-mail, transcribed at the desk.</summary>
    Email,

    /// <summary>A phone call, transcribed at the desk.</summary>
    Phone,

    /// <summary>A phiếu lấy ý kiến or a conference statement, transcribed at the desk.</summary>
    OpinionForm,

    /// <summary>The native API (/api/v1/feedback).</summary>
    Api,

    /// <summary>Open311 GeoReport v2.</summary>
    Open311,
}

/// <summary>A person or an organisation (cá nhân, tổ chức).</summary>
internal enum SenderKind
{
    Person = 1,
    Organisation,
}

/// <summary>Why a PAKN is not received (NĐ 20/2008 Điều 7; the finer clauses as the national portal lists them [R]).</summary>
internal enum RefusalReason
{
    /// <summary>Not written in Vietnamese.</summary>
    NotInVietnamese = 1,

    /// <summary>The sender's name or a way to answer is missing.</summary>
    SenderNotIdentified,

    /// <summary>Not about an administrative regulation or its application (outside Điều 5).</summary>
    NotAboutAdministrativeRegulation,

    /// <summary>Another reason, given in words.</summary>
    Other,
}

/// <summary>Whether the PAKN has grounds (NĐ 20/2008 Điều 14: phân loại, xác định tính chất).</summary>
internal enum PetitionGrounds
{
    Insufficient = 1,
    Sufficient,
}

/// <summary>What the answer does (NĐ 20/2008 Điều 15).</summary>
internal enum PetitionOutcome
{
    /// <summary>Propose amending, supplementing, replacing or abolishing the regulation.</summary>
    ProposeAmendOrAbolish = 1,

    /// <summary>Propose issuing a new regulation.</summary>
    ProposeNewRegulation,

    /// <summary>Explain the regulation in force.</summary>
    ExplainExistingRule,

    /// <summary>Correct a conduct or the handling of a dossier.</summary>
    FixConduct,
}

/// <summary>The Open311 service code of each category (ADR-046 §8).</summary>
internal static class PetitionCategories
{
    public static readonly IReadOnlyList<PetitionCategory> All = Enum.GetValues<PetitionCategory>();

    public static string ServiceCode(this PetitionCategory category) => category switch
    {
        PetitionCategory.Delay => "delay",
        PetitionCategory.Unfit => "unfit",
        PetitionCategory.Inconsistent => "inconsistent",
        PetitionCategory.Unlawful => "unlawful",
        PetitionCategory.ContraryToTreaty => "treaty",
        PetitionCategory.Other => "other",
        PetitionCategory.ProposedSolution => "solution",
        PetitionCategory.Initiative => "initiative",
        PetitionCategory.Conduct => "conduct",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static PetitionCategory? FromServiceCode(string? code)
    {
        foreach (var category in All)
        {
            if (string.Equals(category.ServiceCode(), code, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>True for the contents about a regulation (Điều 5), false for conduct.</summary>
    public static bool IsAboutRegulation(this PetitionCategory category) => category != PetitionCategory.Conduct;
}
