package fr.vigie.cli;

public final class VigieMain {
    public static void main(String[] args) {
        System.out.println("vigie");
    }
}
