Console.WriteLine("supple: not built yet");
return 0;
