using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>An indicator's figure in the API's answer; points rounded as Điều 15 says (one decimal).</summary>
internal sealed record EvaluationIndicatorDto(int Indicator, string Name, decimal? Points, int Count, string? Note, string? Items);

internal sealed record EvaluationUnitDto(
    int? Rank, Guid AgencyId, string AgencyName, int Dossiers, decimal? Total, decimal? Maximum, string? Rating, IReadOnlyList<EvaluationIndicatorDto> Indicators);

internal sealed record EvaluationOfficerDto(
    int? Rank, Guid OfficerId, string Name, Guid AgencyId, Guid? UnitId, string? UnitName, int Dossiers, decimal? Total, decimal? Maximum, string? Band,
    IReadOnlyList<EvaluationIndicatorDto> Indicators);

/// <summary>The API's answer: the units ranked and, where the caller may see them, the officers.</summary>
internal sealed record EvaluationDto(
    string Period, DateOnly From, DateOnly To, DateTime JudgedAt, IReadOnlyList<EvaluationUnitDto> Units, IReadOnlyList<EvaluationOfficerDto> Officers);

/// <summary>The wiring of the TT 01/2018 evaluation (ADR-058): its reader, menu line and <c>GET /api/v1/metrics/evaluation</c>.</summary>
internal static class EvaluationRegistration
{
    /// <summary>The pages' root.</summary>
    public const string Root = "/metrics/danh-gia";

    private static readonly TextParameter Agency = new("agency") { Description = "The agency's id; an agency's account may name only its own (default: its own; every agency for a province-wide account).", MaxLength = 36 };
    private static readonly TextParameter Ky = new("ky") { Example = "2026-Q4", Description = "The kỳ đánh giá: 2026, 2026-H1, 2026-Q4 or 2026-11 (default: the current quarter).", MaxLength = 10 };
    private static readonly DateParameter Tu = new("tu", new(TypedValues.FirstYear, 1, 1), new(TypedValues.LastYear, 12, 31)) { Description = "A custom period's first day, with `den`." };
    private static readonly DateParameter Den = new("den", new(TypedValues.FirstYear, 1, 1), new(TypedValues.LastYear, 12, 31)) { Description = "A custom period's last day, with `tu`." };

    public static IServiceCollection AddEvaluation(this IServiceCollection services)
    {
        services.AddScoped<EvaluationResults>();
        services.AddMenu<EvaluationMenu>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluation(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/metrics/evaluation").WithTags("Metrics").RequireAuthorization(Policies.IntegrationApi)
            .MapGet("/", GetAsync)
            .WithParameters(Agency, Ky, Tu, Den)
            .WithName("GetEvaluation")
            .WithSummary("TT 01/2018/TT-VPCP evaluation of units and officers for a period")
            .WithDescription("The nine indicators of Điều 13 per unit (cơ quan, đơn vị) with points (one decimal, Điều 15), the number of dossiers, procedures or PAKN behind "
                + "each, the total and rating (Xuất sắc / Tốt / Khá / Trung bình / Yếu), ranked; and, for the caller's own agency, each officer's indicators 1, 2, 3, 4, 7, "
                + "total and completion band. An indicator without data has `points` null and a `note`; it is left out of the total.")
            .Produces<EvaluationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> GetAsync(
        [FromQuery(Name = "agency")] string? agency, [FromQuery(Name = "ky")] string? ky, [FromQuery(Name = "tu")] string? tu, [FromQuery(Name = "den")] string? den,
        HttpContext context, Live766Scopes scopes, IAgencyScope access, EvaluationResults results, CancellationToken cancellationToken)
    {
        var all = access.IsProvinceWide && string.IsNullOrWhiteSpace(agency);
        var request = await scopes.ReadAsync(new Live766Query(all ? Live766Query.ProvinceScope : Live766Query.AgencyScope, agency, null, null, ky, tu, den), cancellationToken);
        if (request.Forbidden)
        {
            return TypedResults.Problem(ResourceText.Get<Live766Text>("Error_NotYourAgency"), statusCode: StatusCodes.Status403Forbidden);
        }

        if (!request.IsValid)
        {
            return TypedResults.ValidationProblem(request.Problems.ToProblemErrors(), title: ResourceText.Get<Live766Text>("Error_Title"));
        }

        var report = await results.ComputeAsync(all ? null : [request.Scope!.AgencyId!.Value], request.Period!, EvaluationAccess.OfficersFor(context.User, access), cancellationToken);
        return TypedResults.Ok(Dto(report));
    }

    public static EvaluationDto Dto(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period;
        return new EvaluationDto(
            period.Key, period.First, period.Last, report.JudgedAt,
            [.. report.Units.Select(r => new EvaluationUnitDto(
                r.Rank == 0 ? null : r.Rank, r.Item.AgencyId, r.Item.AgencyName, r.Item.Dossiers, r.Item.Evaluation?.Total.Total, r.Item.Evaluation?.Total.Maximum,
                r.Item.Evaluation?.Rating.ToString(),
                [.. r.Item.Indicators.Select(i => Indicator(i.Figure, i.Note, period, r.Item.AgencyId, null))]))],
            [.. report.Officers.Select(r => new EvaluationOfficerDto(
                r.Rank == 0 ? null : r.Rank, r.Item.OfficerId, r.Item.Name, r.Item.AgencyId, r.Item.UnitId, r.Item.UnitName, r.Item.Dossiers,
                r.Item.Evaluation?.Total.Total, r.Item.Evaluation?.Total.Maximum, r.Item.Evaluation?.Band.ToString(),
                [.. r.Item.Indicators.Select(i => Indicator(i, i.Points is null ? IndicatorNote.NoData : IndicatorNote.None, period, r.Item.AgencyId, r.Item.OfficerId))]))]);
    }

    /// <summary>The page listing the dossiers behind a per-dossier indicator's figure, or null for the unit-level indicators.</summary>
    public static string? ItemsLink(Periods.ReportPeriod period, Guid agencyId, Guid? officerId, EvaluationIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!EvaluationAggregation.PerDossier.Contains(indicator))
        {
            return null;
        }

        var query = Live766Query.Of(new Scope766(agencyId, null, null, null, null), period).Parameters()
            .Where(p => p.Key is "ky" or "tu" or "den" or "agency")
            .Append(new("chi-so", ((int)indicator).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (officerId is { } officer)
        {
            query = query.Append(new("can-bo", officer.ToString()));
        }

        return Root + "/ho-so" + QueryString.Create(query).ToUriComponent();
    }

    private static EvaluationIndicatorDto Indicator(IndicatorFigure figure, IndicatorNote note, Periods.ReportPeriod period, Guid agencyId, Guid? officerId) => new(
        (int)figure.Indicator, IndexModel.IndicatorName(figure.Indicator), figure.Points, figure.Count,
        note == IndicatorNote.None ? null : ResourceText.Get<EvaluationText>("Note_" + note),
        figure.Count > 0 ? ItemsLink(period, agencyId, officerId, figure.Indicator) : null);
}

/// <summary>The evaluation's line in the staff menu.</summary>
internal sealed class EvaluationMenu(IStringLocalizer<EvaluationText> text) : IMenuContributor
{
    public Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MenuLink>>(EvaluationAccess.Readers.Any(user.IsInRole)
            ? [new(445, EvaluationRegistration.Root, text["Nav_Evaluation"])]
            : []);
}
