using MotCua.Common.Data;
using MotCua.Modules.Calendar.ComputeDueDate;
using MotCua.Modules.Calendar.DemoData;
using MotCua.Common.Web;

namespace MotCua.Modules.Calendar;

internal static class CalendarModule
{
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CalendarProvider>();
        builder.Services.AddScoped<DueDateExplainer>();
        builder.Services.AddMenu<CalendarMenu>();
        builder.Services.AddScoped<IDemoSeeder, CalendarSeeder>();
        return builder;
    }

    public static WebApplication MapCalendar(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/calendar").AllowAnonymous().WithTags("Calendar");
        ComputeDueDate.Endpoint.Map(api);
        ListHolidays.Endpoint.Map(api);
        ConvertLunarDate.Endpoint.Map(api);
        return app;
    }
}
