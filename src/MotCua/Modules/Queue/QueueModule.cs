using MotCua.Common.Data;
using MotCua.Modules.Queue.DemoData;
using MotCua.Common.Web;

namespace MotCua.Modules.Queue;

/// <summary>
/// The counter queue of a one-stop desk (cấp số thứ tự): the ticket kiosk, the counter officers' calling page, the public
/// display and the day's waiting and service times.
/// </summary>
internal static class QueueModule
{
    public static WebApplicationBuilder AddQueue(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<QueueDesk>();
        builder.Services.AddMenu<QueueMenu>();
        builder.Services.AddScoped<IDemoSeeder, QueueSeeder>();
        return builder;
    }
}
