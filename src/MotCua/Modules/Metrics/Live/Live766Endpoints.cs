using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Data;
using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Files;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live;

/// <summary>A chỉ số in the API's answer; ratio and points rounded to 2 decimals (ADR-050), the ratio as a fraction.</summary>
internal sealed record Indicator766Dto(
    string Id, string Name, int Group, decimal? Numerator, decimal? Denominator, decimal? Ratio, decimal Points, decimal Max, string FormulaId,
    bool Entered, bool Provisional, bool Informational, bool Missing, string? MissingReason, string Source, string? NumeratorItems, string? DenominatorItems,
    [property: Description("2.2 only: the unit of its ratio, the average time (WorkingDays, WorkingHours, CalendarDays, Immediate = working hours).")]
    string? Unit = null,
    [property: Description("5.1 only: the PAKN first received in the period per category.")]
    IReadOnlyList<PetitionCategory766Dto>? Categories = null,
    [property: Description("1.1 only: the Quyết định công bố of the period left out of tử số and mẫu số because the procedure version lacks the effective date of the act it implements (ADR-062 addendum).")]
    int? UndatedDecisions = null,
    [property: Description("1.1 only, when undatedDecisions > 0: the address of the procedures those decisions publish.")]
    string? UndatedItems = null);

internal sealed record Group766Dto(int Group, string Name, decimal Points, decimal Max, IReadOnlyList<Indicator766Dto> Indicators);

/// <summary>The API's answer for one scope and period.</summary>
internal sealed record Score766Dto(
    string SetId, DateOnly SetEffectiveFrom, bool SetProvisional, string Period, DateOnly From, DateOnly To, string Scope, Guid? AgencyId,
    Guid? FieldId, string? Procedure, DateTime JudgedAt, decimal Total, decimal MaxTotal, IReadOnlyList<Group766Dto> Groups);

/// <summary>
/// One dossier of a drill-down. <c>agencyId</c> is the receiving desk's agency (bộ phận một cửa), kept as it was;
/// <c>competentAgencyId</c> the competent agency (cơ quan có thẩm quyền giải quyết) the figures count the dossier for.
/// </summary>
internal sealed record Item766Dto(
    Guid DossierId,
    string? Code,
    [property: Description("The agency whose one-stop desk (bộ phận một cửa) received the dossier — the receiving desk, not necessarily the agency the figures count it for; see competentAgencyId.")]
    Guid AgencyId,
    string ProcedureCode,
    DateTime? ReceivedAt,
    DateTime? EndedAt,
    bool InNumerator,
    string Why,
    [property: Description("The competent agency (cơ quan có thẩm quyền giải quyết) the 766 figures count the dossier for (its receiving agency until processing started); the agency scope of this list filters on it.")]
    Guid CompetentAgencyId);

/// <summary>
/// One page of a drill-down, newest reception first. <c>total</c> is the list's size when at most <c>countCap</c> (it equals the
/// figure); past the cap it is null and <c>moreThan</c> says so — the exact size is the figure itself, given in <c>exact</c> when
/// the roll-ups count it (province, cấp or agency over whole half-months; null otherwise). <c>next</c> and
/// <c>previous</c> are the addresses of the pages around this one (read by key, ADR-048), null at the ends.
/// </summary>
internal sealed record Items766Dto(
    string Indicator, string Side, int? Total, int? MoreThan, int Page, string? Next, string? Previous, IReadOnlyList<Item766Dto> Items, int? Exact = null);

/// <summary>
/// The wiring of the live Bộ chỉ số 766 (ADR-054): <c>GET /api/v1/metrics/766</c> and its drill-down for an agency's service
/// account (its own agency only, as the rest of /api/v1), the drill-down's .xlsx export and the evidence files for staff.
/// </summary>
internal static class Live766Endpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TextParameter Scope = new("scope") { Values = ["tinh", "co-quan"], Description = "`tinh` (the province; province-wide accounts only) or `co-quan` (default: the caller's agency)." };
    private static readonly TextParameter Agency = new("agency") { Description = "The agency's id; an agency's account may name only its own.", MaxLength = 36 };
    private static readonly TextParameter Field = new("field") { Description = "A lĩnh vực id, to narrow to one field.", MaxLength = 36 };
    private static readonly TextParameter Procedure = new("procedure") { Example = "1.000362", Description = "A mã TTHC, to narrow to one procedure.", MaxLength = 20 };
    private static readonly TextParameter Ky = new("ky") { Example = "2026-Q4", Description = "The kỳ báo cáo: 2026, 2026-H1, 2026-Q4 or 2026-11 (default: the current quarter).", MaxLength = 10 };
    private static readonly DateParameter Tu = new("tu", new(TypedValues.FirstYear, 1, 1), new(TypedValues.LastYear, 12, 31)) { Description = "A custom period's first day, with `den`." };
    private static readonly DateParameter Den = new("den", new(TypedValues.FirstYear, 1, 1), new(TypedValues.LastYear, 12, 31)) { Description = "A custom period's last day, with `tu`." };
    private static readonly TextParameter Side = new("side") { Values = ["mau-so", "tu-so"], Description = "`mau-so` (default: every dossier of the mẫu số) or `tu-so` (those of the tử số)." };
    private static readonly IntegerParameter Page = new("page", 1, int.MaxValue) { Default = 1, Description = "The page's number as shown; it only numbers the page, `after` and `before` say where it starts." };
    private static readonly TextParameter After = new("after") { Description = "The id of the dossier shown last on the page before: the next page starts after it (the `next` address).", MaxLength = 36 };
    private static readonly TextParameter Before = new("before") { Description = "The id of the dossier shown first on the page after: the previous page ends before it (the `previous` address).", MaxLength = 36 };

    /// <summary>The scope and period parameters every 766 API route takes.</summary>
    public static ApiParameter[] ScopeAndPeriod => [Scope, Agency, Field, Procedure, Ky, Tu, Den];

    public static IServiceCollection AddLive766(this IServiceCollection services)
    {
        services.AddScoped<Live766>();
        services.AddScoped<CatalogIndicators>();
        services.AddScoped<Live766Items>();
        services.AddScoped<Live766Scopes>();
        services.AddScoped<EnteredValues>();
        services.AddScoped<WhatIf766Reader>();
        services.AddFileStore(EnteredValues.StoreKey, sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value.Score766EvidencePath);
        return services;
    }

    public static IEndpointRouteBuilder MapLive766(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/metrics/766").WithTags("Metrics").RequireAuthorization(Policies.IntegrationApi);
        api.MapGet("/", ScoreAsync)
            .WithParameters(Scope, Agency, Field, Procedure, Ky, Tu, Den)
            .WithName("GetScore766")
            .WithSummary("Bộ chỉ số 766 of the caller's agency for a period, live")
            .WithDescription("The formula set in force on the period's first day (QĐ 766/QĐ-TTg; ADR-050), its six groups and every chỉ số with tử số, "
                + "mẫu số, ratio (a fraction to 4 decimals, i.e. a percentage to 2) and points (2 decimals), the formula id, whether it was entered by hand or is provisional, and for the dossier-based "
                + "chỉ số the address of the dossiers behind each figure. A chỉ số MotCua cannot compute yet is `missing` with the reason; it scores 0.")
            .Produces<Score766Dto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{indicator}/items", ItemsAsync)
            .WithParameters(Scope, Agency, Field, Procedure, Ky, Tu, Den, Side, Page, After, Before)
            .WithName("GetScore766Items")
            .WithSummary("The dossiers behind a chỉ số's tử số or mẫu số, 50 per page newest reception first, each with why it counts")
            .WithDescription("Each item names two agencies: `agencyId`, the receiving desk (the agency whose bộ phận một cửa received the dossier), and "
                + "`competentAgencyId`, the competent agency the figures count the dossier for and the agency scope filters on (ADR-049, \"Competent agency\"). "
                + "The list is counted up to 1,000 dossiers (`total`); past that `total` is null and `moreThan` is 1000 — the exact number is the chỉ số's figure, given in `exact` when "
                + "the roll-ups answer it (the agency over a period on half-month boundaries or running; null otherwise and within the cap). "
                + "Pages follow each other by key: follow `next` and `previous`.")
            .Produces<Items766Dto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapCatalogIndicators();
        app.MapCatalogIndicatorExports();
        app.MapGet("/metrics/766/{indicator}/items.xlsx", ExportAsync)
            .RequireAuthorization(p => p.RequireRole(Live766Scopes.Readers))
            .ExcludeFromDescription();
        app.MapGet("/metrics/766/evidence/{id:guid}", EvidenceAsync)
            .RequireAuthorization(p => p.RequireRole(Live766Scopes.Readers))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The query of the API and the export, bound as text.</summary>
    internal sealed record Query766(
        [FromQuery(Name = "scope")] string? Scope,
        [FromQuery(Name = "agency")] string? Agency,
        [FromQuery(Name = "field")] string? Field,
        [FromQuery(Name = "procedure")] string? Procedure,
        [FromQuery(Name = "ky")] string? Ky,
        [FromQuery(Name = "tu")] string? Tu,
        [FromQuery(Name = "den")] string? Den)
    {
        public Live766Query Live => new(Scope, Agency, Field, Procedure, Ky, Tu, Den);
    }

    private static async Task<IResult> ScoreAsync([AsParameters] Query766 query, Live766Scopes scopes, Live766 live, CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(query.Live, cancellationToken);
        if (Refusal(request) is { } refused)
        {
            return refused;
        }

        var result = await live.ComputeAsync(request.Scope!, request.Period!, cancellationToken);
        if (result is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ky"] = [Text("Error_Before766")] }, title: Text("Error_Title"));
        }

        return TypedResults.Ok(Dto(result));
    }

    private static async Task<IResult> ItemsAsync(
        string indicator, [AsParameters] Query766 query, [FromQuery(Name = "side")] string? sideText, [FromQuery(Name = "page")] string? pageText,
        [FromQuery(Name = "after")] string? afterText, [FromQuery(Name = "before")] string? beforeText,
        Live766Scopes scopes, Live766 live, Live766Items items, CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(query.Live, cancellationToken);
        if (Refusal(request) is { } refused)
        {
            return refused;
        }

        var (cursor, problems) = ReadCursor(pageText, afterText, beforeText);
        var side = ReadSide(sideText);
        if (side is null)
        {
            problems["side"] = [Text("Error_Side")];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: Text("Error_Title"));
        }

        if (live.SetFor(request.Period!)?.Find(indicator) is null || !Live766Items.CanDrill(indicator, side!.Value))
        {
            return TypedResults.Problem(Text("Error_NotDrillable"), statusCode: StatusCodes.Status404NotFound);
        }

        var result = await items.PageAsync(request.Scope!, request.Period!, indicator, side.Value, cursor!, cancellationToken);
        var link = ItemsLink("/api/v1/metrics/766/", indicator, Live766Query.Of(request.Scope!, request.Period!), side.Value);
        return TypedResults.Ok(new Items766Dto(
            indicator, SideName(side.Value), result.Total, result.Total is null ? Live766Items.CountCap : null, result.PageNumber,
            result.HasNext && result.LastId is { } last ? StepLink(link, "after", last, result.PageNumber + 1) : null,
            result.HasPrevious && result.FirstId is { } first ? StepLink(link, "before", first, result.PageNumber - 1) : null,
            [.. result.Rows.Select(r => new Item766Dto(r.DossierId, r.Code, r.AgencyId, r.ProcedureCode, r.ReceivedAt, r.EndedAt, r.InNumerator, r.Why, r.ResolvingAgencyId))],
            result.Exact));
    }

    /// <summary>
    /// Where a drill-down page starts, from its query: <c>page</c> (a whole number from 1; it only numbers the page) and at most
    /// one of <c>after</c> / <c>before</c> (a dossier id); or the problems by parameter name, in Vietnamese.
    /// </summary>
    public static (ItemsCursor? Cursor, Dictionary<string, string[]> Problems) ReadCursor(string? pageText, string? afterText, string? beforeText)
    {
        var problems = new Dictionary<string, string[]>();
        if (Page.Read(pageText, out var page) != ParameterReading.Valid)
        {
            problems["page"] = [Text("Error_Page")];
        }

        Guid? Key(string name, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (text.Length <= 36 && Guid.TryParse(text.Trim(), out var key))
            {
                return key;
            }

            problems[name] = [Text("Error_Key")];
            return null;
        }

        var after = Key("after", afterText);
        var before = Key("before", beforeText);
        if (after is not null && before is not null)
        {
            problems["before"] = [Text("Error_Key")];
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var number = page ?? 1;
        return (after is { } a ? new(KeyStep.After, a, number) : before is { } b ? new(KeyStep.Before, b, number) : ItemsCursor.First, problems);
    }

    /// <summary>The address of the page after or before this one: the list's address, the key, and the page's number.</summary>
    public static string StepLink(string link, string direction, Guid key, int page) =>
        link + "&" + direction + "=" + key.ToString() + (page > 1 ? "&page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ForbidHttpResult, NotFound>> ExportAsync(
        string indicator, [AsParameters] Query766 query, [FromQuery(Name = "side")] string? sideText, Live766Scopes scopes, Live766 live, Live766Items items,
        CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(query.Live, cancellationToken);
        if (request.Forbidden)
        {
            return TypedResults.Forbid();
        }

        if (!request.IsValid)
        {
            return TypedResults.ValidationProblem(request.Problems.ToProblemErrors(), title: Text("Error_Title"));
        }

        if (ReadSide(sideText) is not { } side || live.SetFor(request.Period!)?.Find(indicator) is not { } definition || !Live766Items.CanDrill(indicator, side))
        {
            return TypedResults.NotFound();
        }

        var rows = await items.ExportAsync(request.Scope!, request.Period!, indicator, side, cancellationToken);
        if (rows is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["side"] = [Text("Error_TooMany", Live766Items.ExportLimit, Live766Items.ExportLimit)] }, title: Text("Error_Title"));
        }

        return TypedResults.File(Live766Xlsx.Items(definition, request.Scope!, request.Period!, side, rows), XlsxContentType, Live766Xlsx.FileName(indicator, request.Period!, side));
    }

    private static async Task<IResult> EvidenceAsync(Guid id, HttpContext context, EnteredValues entered, CancellationToken cancellationToken) =>
        await entered.EvidenceAsync(id, cancellationToken) is { } file
            ? PrivateDownload.Of(context, file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    public static ItemSide? ReadSide(string? text) => text?.Trim() switch
    {
        null or "" or "mau-so" => ItemSide.Denominator,
        "tu-so" => ItemSide.Numerator,
        _ => null,
    };

    public static string SideName(ItemSide side) => side == ItemSide.Numerator ? "tu-so" : "mau-so";

    private static IResult? Refusal(Live766Request request) =>
        request.Forbidden ? TypedResults.Problem(Text("Error_NotYourAgency"), statusCode: StatusCodes.Status403Forbidden)
        : !request.IsValid ? TypedResults.ValidationProblem(request.Problems.ToProblemErrors(), title: Text("Error_Title"))
        : null;

    private static Score766Dto Dto(Live766Result result)
    {
        var query = Live766Query.Of(result.Scope, result.Period);
        return new Score766Dto(
            result.Set.Id, result.Set.EffectiveFrom, result.Set.IsProvisional, result.Period.Key, result.Period.First, result.Period.Last,
            result.Scope.IsProvince ? Live766Query.ProvinceScope : Live766Query.AgencyScope, result.Scope.AgencyId, result.Scope.FieldId, result.Scope.ProcedureCode,
            result.JudgedAt, Score766Display.Round(result.Score.Total), result.Score.MaxTotal,
            [.. result.Score.Groups.Select(g => new Group766Dto(g.Group, g.Name, Score766Display.Round(g.Points), g.MaxPoints,
                [.. g.Indicators.Select(s =>
                {
                    var live = result.Indicators[s.Id];
                    return new Indicator766Dto(
                        s.Id, s.Name, g.Group, s.IsMissing ? null : s.Numerator, s.IsMissing ? null : s.Denominator, s.Ratio is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero) : null,
                        Score766Display.Round(s.Points), s.MaxPoints, s.FormulaId, s.IsEntered, s.IsProvisional, s.IsInformational, s.IsMissing, live.MissingReason,
                        live.Source.ToString(),
                        live.NumeratorLinks ? ItemsLink("/api/v1/metrics/766/", s.Id, query, ItemSide.Numerator) : CatalogIndicatorsEndpoints.ProceduresLink(live, query, ItemSide.Numerator),
                        live.DenominatorLinks ? ItemsLink("/api/v1/metrics/766/", s.Id, query, ItemSide.Denominator) : CatalogIndicatorsEndpoints.ProceduresLink(live, query, ItemSide.Denominator),
                        CatalogIndicatorsEndpoints.Unit(result, s.Id), CatalogIndicatorsEndpoints.Categories(result, s.Id),
                        CatalogIndicatorsEndpoints.UndatedDecisions(result, s.Id), CatalogIndicatorsEndpoints.UndatedLink(result, s.Id));
                })]))]);
    }

    /// <summary>The address of a figure's drill-down under <paramref name="root"/> (the page's or the API's).</summary>
    public static string ItemsLink(string root, string indicator, Live766Query query, ItemSide side, string suffix = "") =>
        root + Uri.EscapeDataString(indicator) + "/items" + suffix + QueryString.Create(query.Parameters().Append(new("side", SideName(side)))).ToUriComponent();

    private static string Text(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
