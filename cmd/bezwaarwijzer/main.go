// Command bezwaarwijzer helps people in the Netherlands object to Meta
// using their Facebook and Instagram posts to train Meta AI.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(newApp().run(context.Background(), os.Args[1:]))
}
