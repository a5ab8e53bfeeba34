using Build;
using Build.Hosting;
using Cake.Frosting;

var console = ConsoleTraits.OfStandardOutput(Environment.GetEnvironmentVariable("NO_COLOR"));
return new CakeHost()
    .UseContext<BuildContext>()
    .ConfigureServices(services => ConsoleColours.Register(services, console))
    .Run(args);
