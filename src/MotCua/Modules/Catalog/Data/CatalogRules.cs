using MotCua.Common.Localization;

namespace MotCua.Modules.Catalog.Data;

/// <summary>The messages of the catalogue's business rules, in the current UI language; the property's name is the rule's name.</summary>
internal static class CatalogRules
{
    public static string CodeInvalid => ResourceText.Get<CatalogAdminText>("Rule_CodeInvalid");
    public static string CodeFixedOncePublished => ResourceText.Get<CatalogAdminText>("Rule_CodeFixedOncePublished");
    public static string OnlyDraftsAreEdited => ResourceText.Get<CatalogAdminText>("Rule_OnlyDraftsAreEdited");
    public static string NothingToPublish => ResourceText.Get<CatalogAdminText>("Rule_NothingToPublish");
    public static string DecisionOlderThanCurrent => ResourceText.Get<CatalogAdminText>("Rule_DecisionOlderThanCurrent");
    public static string OnlyPublishedAreAmended => ResourceText.Get<CatalogAdminText>("Rule_OnlyPublishedAreAmended");
    public static string OneDraftAtATime => ResourceText.Get<CatalogAdminText>("Rule_OneDraftAtATime");
    public static string OnlyAmendmentsAreDiscarded => ResourceText.Get<CatalogAdminText>("Rule_OnlyAmendmentsAreDiscarded");
    public static string OnlyPublishedAreAbolished => ResourceText.Get<CatalogAdminText>("Rule_OnlyPublishedAreAbolished");
    public static string DiscardDraftBeforeAbolishing => ResourceText.Get<CatalogAdminText>("Rule_DiscardDraftBeforeAbolishing");
    public static string AbolishedIsFinal => ResourceText.Get<CatalogAdminText>("Rule_AbolishedIsFinal");
    public static string DecisionNumberRequired => ResourceText.Get<CatalogAdminText>("Rule_DecisionNumberRequired");
    public static string EffectiveBeforeSigned => ResourceText.Get<CatalogAdminText>("Rule_EffectiveBeforeSigned");
    public static string IncompleteProcedure => ResourceText.Get<CatalogAdminText>("Rule_IncompleteProcedure");
    public static string NameRequired => ResourceText.Get<CatalogAdminText>("Rule_NameRequired");
    public static string FieldRequired => ResourceText.Get<CatalogAdminText>("Rule_FieldRequired");
    public static string SequenceRequired => ResourceText.Get<CatalogAdminText>("Rule_SequenceRequired");
    public static string ChannelRequired => ResourceText.Get<CatalogAdminText>("Rule_ChannelRequired");
    public static string DossierRequired => ResourceText.Get<CatalogAdminText>("Rule_DossierRequired");
    public static string ProcessingTimeRequired => ResourceText.Get<CatalogAdminText>("Rule_ProcessingTimeRequired");
    public static string SubjectsRequired => ResourceText.Get<CatalogAdminText>("Rule_SubjectsRequired");
    public static string AgencyRequired => ResourceText.Get<CatalogAdminText>("Rule_AgencyRequired");
    public static string LevelRequired => ResourceText.Get<CatalogAdminText>("Rule_LevelRequired");
    public static string ResultRequired => ResourceText.Get<CatalogAdminText>("Rule_ResultRequired");
    public static string FeeInvalid => ResourceText.Get<CatalogAdminText>("Rule_FeeInvalid");
    public static string LegalBasisRequired => ResourceText.Get<CatalogAdminText>("Rule_LegalBasisRequired");
    public static string OnlineLevelNeedsOnlineChannel => ResourceText.Get<CatalogAdminText>("Rule_OnlineLevelNeedsOnlineChannel");
    public static string PartialReasonRequired => ResourceText.Get<CatalogAdminText>("Rule_PartialReasonRequired");
}
