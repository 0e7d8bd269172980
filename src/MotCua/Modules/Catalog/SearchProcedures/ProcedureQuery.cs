using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.SearchProcedures;

/// <summary>A validated catalogue search: free text plus filters by field, agency, level and online level, one page.</summary>
internal sealed record ProcedureQuery(string? Text, string? Field, string? Agency, string? Level, OnlineServiceLevel? Online, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;

    /// <summary>The parameters of the search, as the API and the page read them and as the OpenAPI document declares them.</summary>
    public static readonly TextParameter FreeTextParameter = new("q") { MaxLength = MaxTextLength, Description = "Free text; Vietnamese diacritics and case are ignored." };
    public static readonly TextParameter FieldParameter = new("field") { Description = "Field code (lĩnh vực)." };
    public static readonly TextParameter AgencyParameter = new("agency") { Description = "Code of an agency that performs the procedure." };
    public static readonly TextParameter LevelParameter = new("level") { Description = "Administrative level code: TINH, XA, …" };
    public static readonly EnumParameter<OnlineServiceLevel> OnlineParameter = new("online");
    public static readonly IntegerParameter PageParameter = new("page", 1, int.MaxValue) { Default = 1 };
    public static readonly IntegerParameter PageSizeParameter = new("pageSize", 1, MaxPageSize) { Default = DefaultPageSize };

    public static readonly ApiParameter[] Parameters = [FreeTextParameter, FieldParameter, AgencyParameter, LevelParameter, OnlineParameter, PageParameter, PageSizeParameter];

    /// <summary>Parses raw query-string values; on failure returns the failures by parameter name, in the user's language.</summary>
    public static (ProcedureQuery? Query, IReadOnlyList<RuleFailure> Failures) Parse(
        string? q, string? field, string? agency, string? level, string? online, string? page, string? pageSize)
    {
        List<RuleFailure>? failures = null;
        if (!PageParameter.TryRead(page, out var pageNumber))
        {
            (failures ??= []).Add(new(PageParameter.Name, ResourceText.Get<CatalogText>("Api_PageInvalid")));
        }

        if (!PageSizeParameter.TryRead(pageSize, out var size))
        {
            (failures ??= []).Add(new(PageSizeParameter.Name, ResourceText.Get<CatalogText>("Api_PageSizeInvalid", MaxPageSize)));
        }

        if (!OnlineParameter.TryRead(online, out var onlineLevel))
        {
            (failures ??= []).Add(new(OnlineParameter.Name, ResourceText.Get<CatalogText>("Api_OnlineInvalid")));
        }

        if (!FreeTextParameter.TryRead(q, out var text))
        {
            (failures ??= []).Add(new(FreeTextParameter.Name, ResourceText.Get<CatalogText>("Api_QueryTooLong", MaxTextLength)));
        }

        FieldParameter.TryRead(field, out var fieldCode);
        AgencyParameter.TryRead(agency, out var agencyCode);
        LevelParameter.TryRead(level, out var levelCode);
        if (failures is not null || pageNumber is not { } number || size is not { } count)
        {
            return (null, failures ?? []);
        }

        return (new ProcedureQuery(text, fieldCode, agencyCode, levelCode, onlineLevel, number, count), []);
    }
}
